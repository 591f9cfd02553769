import { isPlainObject } from './rows';

/**
 * One value as table cell text. Nested values are summarised (`[12 items]`, `{benchmark: SOFR, …}`) because a
 * table is for reading; CSV and JSON carry the full value.
 */
export function cellText(value: unknown, maxWidth = 40): string {
  return truncate(summarise(value), maxWidth);
}

function summarise(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\s+/g, ' ');
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object'))
      return value.map((v) => String(v)).join(', ');
    return `[${value.length} item${value.length === 1 ? '' : 's'}]`;
  }
  if (isPlainObject(value)) {
    const parts = Object.entries(value)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${typeof v === 'object' ? '…' : String(v)}`);
    return `{${parts.join(', ')}}`;
  }
  return String(value);
}

function truncate(text: string, maxWidth: number): string {
  return text.length <= maxWidth ? text : `${text.slice(0, Math.max(1, maxWidth - 1))}…`;
}

/** Text of a value in one CSV cell: scalars as-is, nested values as compact JSON (lossless, parseable). */
export function csvValue(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}
