/** Small matching helpers shared by the search operations. */

/** Case-insensitive substring match (the API's "partial match" for names). */
export function containsText(haystack: string | null | undefined, needle: string): boolean {
  return typeof haystack === 'string' && haystack.toLowerCase().includes(needle.trim().toLowerCase());
}

/** Case-insensitive match at the start of a word (`chic` finds "City of Chicago", `ks` not "Jacksonville"). */
export function startsWord(haystack: string | null | undefined, needle: string): boolean {
  const query = needle.trim().toLowerCase();
  if (typeof haystack !== 'string' || query === '') return false;
  const text = haystack.toLowerCase();
  for (let i = text.indexOf(query); i >= 0; i = text.indexOf(query, i + 1)) {
    if (i === 0 || !/[a-z0-9]/.test(text.charAt(i - 1))) return true;
  }
  return false;
}

/** Case-insensitive equality. */
export function sameText(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.toLowerCase() === b.trim().toLowerCase();
}

/** `min <= value <= max`, each bound optional; a missing value never matches a bound. */
export function inRange<T extends number | string>(value: T | null | undefined, min?: T, max?: T): boolean {
  if (min === undefined && max === undefined) return true;
  if (value === null || value === undefined) return false;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** True when `list` is absent or empty, or `test` holds for one of its items. */
export function anyOf<T>(list: readonly T[] | undefined, test: (item: T) => boolean): boolean {
  return list === undefined || list.length === 0 || list.some(test);
}

/** A value rows sort by: numbers and strings order naturally, a missing value sorts last. */
export type SortValue = number | string | null | undefined;

/** A sort instruction: field name, `-field` for descending. */
export interface SortKey {
  field: string;
  descending: boolean;
}

/** Parses sort keys against the allowed fields; returns the first unknown key instead when there is one. */
export function parseSort(
  keys: readonly string[],
  allowed: readonly string[],
): { keys: SortKey[] } | { unknown: string; index: number } {
  const out: SortKey[] = [];
  for (const [index, raw] of keys.entries()) {
    const descending = raw.startsWith('-');
    const field = raw.replace(/^[-+]/, '');
    if (!allowed.includes(field)) return { unknown: raw, index };
    out.push({ field, descending });
  }
  return { keys: out };
}

/** Sorts a copy by the keys (nulls last), stable. */
export function sortRows<T>(
  items: readonly T[],
  keys: readonly SortKey[],
  get: (item: T, field: string) => SortValue,
): T[] {
  return [...items].sort((a, b) => {
    for (const { field, descending } of keys) {
      const x = get(a, field);
      const y = get(b, field);
      if (x === y) continue;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      const order = x < y ? -1 : 1;
      return descending ? -order : order;
    }
    return 0;
  });
}
