import { csvValue } from './cells';
import type { Row } from './rows';

/**
 * Renders rows as CSV with csv-stringify (RFC 4180 quoting). Spreadsheet formula injection is neutralised by the
 * library's `escape_formulas`: a string cell starting with `= + - @`, tab or CR (or their full-width forms) gets
 * a leading `'`. It looks at the original type, so negative numbers stay numbers. Booleans are written `true` /
 * `false` (the library default would write `1` / empty). `header: false` continues a streamed document.
 */
export async function renderCsv(
  rows: readonly Row[],
  columns: readonly string[],
  { header = true }: { header?: boolean } = {},
): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  return stringify(
    rows.map((row) => columns.map((c) => csvValue(row[c]))),
    {
      header,
      // Plain header names with array records: a dotted name such as `cashflows.isin` is not read as a path.
      columns: [...columns],
      escape_formulas: true,
      cast: { boolean: (value: boolean) => String(value) },
    },
  );
}
