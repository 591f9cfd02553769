import { isPlainObject } from './rows';
import { terminalSafe } from './terminal-safe';

/**
 * One value as table cell text. Nested values are summarised (`[12 items]`, `{benchmark: SOFR, …}`) because a
 * table is for reading; CSV and JSON carry the full value.
 */
export function cellText(value: unknown, maxWidth = 40): string {
  // Neutralised before measuring, so the table's widths are those of what is printed.
  return truncate(terminalSafe(summarise(value)), maxWidth);
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
  return typeof value === 'string' ? hideFormulas(value) : value;
}

// A formula character (ASCII or full-width) after leading whitespace, and after any line break inside the cell.
const FORMULA_AFTER_SPACE = /^[ \t\r\n\v\f]+(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;
const FORMULA_AFTER_BREAK = /([\r\n][ \t\v\f]*)(?=[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;

/**
 * csv-stringify's `escape_formulas` looks at the first character only, so ` =HYPERLINK(…)` and a cell whose
 * second line starts with `=` (a spreadsheet that splits lines, or a user pasting one) slip through. Put the same
 * `'` in front of those: at the start of the cell for leading whitespace, after the break for later lines.
 * A cell starting with the formula character itself is left to the library (which knows numbers from strings).
 */
function hideFormulas(text: string): string {
  const lead = FORMULA_AFTER_SPACE.test(text) ? `'${text}` : text;
  return lead.replace(FORMULA_AFTER_BREAK, "$1'");
}
