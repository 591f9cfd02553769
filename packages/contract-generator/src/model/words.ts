/** Word-level helpers shared by the naming rules. */

/** `['bond', 'pricing', 'latest']` for `bond_pricing_latest`, `BondPricingLatestItem` → `[…, 'item']`. */
export const words = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

export const camel = (parts: readonly string[]): string =>
  parts.map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join('');

export const pascal = (parts: readonly string[]): string =>
  parts.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** `cashflow` for `cashflows`, `isin` for `isins`; words that are not plain plurals stay as they are. */
export const singular = (word: string): string =>
  word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word) ? word.slice(0, -1) : word;

/** The words every list starts with. */
export function commonPrefix(lists: readonly (readonly string[])[]): string[] {
  const [first = [], ...rest] = lists;
  let n = 0;
  while (n < first.length && rest.every((l) => l[n] === first[n])) n++;
  return first.slice(0, n);
}

/** The words every list ends with. */
export function commonSuffix(lists: readonly (readonly string[])[]): string[] {
  return commonPrefix(lists.map((l) => [...l].reverse())).reverse();
}

/**
 * The words every list shares at its start and at its end (`issue_rating_group`, `rating_group` → `rating_group`;
 * `composite_issue_rating`, `composite_issuer_rating` → `composite_rating`); all of them when the lists are equal.
 */
export function sharedWords(lists: readonly (readonly string[])[]): string[] {
  const prefix = commonPrefix(lists);
  const shortest = Math.min(...lists.map((l) => l.length));
  if (prefix.length === shortest) return prefix;
  const suffix = commonSuffix(lists.map((l) => l.slice(prefix.length)));
  return [...prefix, ...suffix];
}

/** The words (singular) that occur in every list, in the order of the first. */
export function commonWords(lists: readonly (readonly string[])[]): string[] {
  const [first = [], ...rest] = lists.map((l) => l.map(singular));
  return first.filter((w, i) => first.indexOf(w) === i && rest.every((l) => l.includes(w)));
}
