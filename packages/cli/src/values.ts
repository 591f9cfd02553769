/**
 * Parsers for flag values, shared by derived flags and the hand-made commands. Each throws a message naming
 * the flag so the user sees what to fix (commander reports it and we exit 2).
 */

/** True when `value` is one of `choices` (a guard for closed string sets such as output formats). */
export function isOneOf<T extends string>(choices: readonly T[], value: unknown): value is T {
  return choices.some((choice) => choice === value);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar date written `YYYY-MM-DD` (the API's only date form: CONTRACT.md §8). */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Parses a number flag, checking integer-ness and the spec's range. */
export function parseNumber(
  raw: string,
  opts: { integer?: boolean; minimum?: number; maximum?: number } = {},
): number {
  const text = raw.trim();
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) throw new Error(`expected a number, got ${JSON.stringify(raw)}`);
  if (opts.integer && !Number.isInteger(value)) throw new Error(`expected an integer, got ${raw}`);
  if (opts.minimum !== undefined && value < opts.minimum) throw new Error(`must be >= ${opts.minimum}`);
  if (opts.maximum !== undefined && value > opts.maximum) throw new Error(`must be <= ${opts.maximum}`);
  return value;
}

/**
 * Splits a list flag value on commas (`--countries Italy,Germany`); `\,` keeps a literal comma for values such
 * as issuer names ("CAMERON COUNTY\, TEXAS"). Empty items are dropped.
 */
export function splitList(raw: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch === '\\' && raw[i + 1] === ',') {
      current += ',';
      i++;
    } else if (ch === ',') {
      items.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  items.push(current);
  return items.map((s) => s.trim()).filter((s) => s !== '');
}
