/**
 * CSV for `Accept: text/csv` (CONTRACT.md §7): RFC 4180, a header row of every key in first-seen order, CRLF line
 * ends, nulls as empty fields, arrays and objects as JSON text.
 */

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Renders rows as CSV text (an empty string for no rows: there is no header to give). */
export function toCsv(rows: readonly unknown[]): string {
  const records = rows.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null);
  if (records.length === 0) return '';
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const lines = [columns.map(cell).join(',')];
  for (const record of records) lines.push(columns.map((c) => cell(record[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
