import { cellText } from './cells';
import type { Row } from './rows';

/** No rule between rows: twice the rows on screen, and rows stay one line each. */
const NO_ROW_RULES = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/**
 * Rows per cli-table3 table. Its layout is quadratic in rows (layout-manager's `conflictExists` scans every earlier
 * row for every cell: 10,000 rows took 8.4 s, 20,000 took 35 s, a million would never finish), so long tables are
 * drawn in blocks of this many rows with the widths of the whole table, which is linear and prints the same text.
 */
const ROWS_PER_BLOCK = 100;

type TableCell = string | { content: string; hAlign: 'right' };
type TableMaker = (options: { head?: string[]; colWidths?: number[] }) => {
  push(row: TableCell[]): unknown;
  toString(): string;
};

/**
 * Renders rows as a terminal table (cli-table3, loaded only when a table is printed). Cells shrink to fit the
 * terminal width so wide records stay on one line per row.
 * @param rowsPerBlock rows drawn per cli-table3 table (tests set it low to compare blocks with one table).
 */
export async function renderTable(
  rows: readonly Row[],
  columns: readonly string[],
  termWidth?: number,
  rowsPerBlock = ROWS_PER_BLOCK,
): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const make: TableMaker = (options) =>
    new Table({ style: { head: [], border: [] }, chars: NO_ROW_RULES, ...options });
  const maxCell = cellWidth(columns.length, termWidth);
  const head = columns.map((c) => cellText(c, maxCell));
  const body = rows.map((row) =>
    columns.map((c): TableCell => {
      const content = cellText(row[c], maxCell);
      // Numbers right-aligned so magnitudes line up (prices, coupons, amounts).
      return typeof row[c] === 'number' ? { content, hAlign: 'right' } : content;
    }),
  );
  if (body.length <= rowsPerBlock) return `${underlineHeader(drawn(make({ head }), body))}\n`;

  // Widths measured as cli-table3 measures a cell (its own `strlen`: display width, ANSI codes aside), plus
  // its default padding of one space each side, so every block is drawn with the widths one table would have.
  const { strlen } = await import('cli-table3/src/utils.js');
  const colWidths = head.map((text) => strlen(text) + 2);
  for (const row of body) {
    row.forEach((cell, i) => {
      const width = strlen(typeof cell === 'string' ? cell : cell.content) + 2;
      if (width > (colWidths[i] ?? 0)) colWidths[i] = width;
    });
  }
  const [top = '', header = '', bottom = ''] = make({ head, colWidths }).toString().split('\n');
  const lines = [top, header, headerRule(top)];
  for (let start = 0; start < body.length; start += rowsPerBlock) {
    const block = body.slice(start, start + rowsPerBlock);
    const drawnBlock = drawn(make({ colWidths }), block).split('\n');
    for (let i = 1; i < drawnBlock.length - 1; i++) lines.push(drawnBlock[i] ?? '');
  }
  lines.push(bottom);
  return `${lines.join('\n')}\n`;
}

/** A table's text after pushing `rows` one by one (no spread: a long list would overflow the call stack). */
function drawn(table: ReturnType<TableMaker>, rows: readonly TableCell[][]): string {
  for (const row of rows) table.push(row);
  return table.toString();
}

/**
 * Without row rules cli-table3 also drops the rule under the header; put that one back, drawn from the top
 * border (same column widths) with the junction characters swapped.
 */
function underlineHeader(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 3) return text;
  return [lines[0], lines[1], headerRule(lines[0] ?? ''), ...lines.slice(2)].join('\n');
}

/** The rule under the header: the top border with its junction characters swapped. */
function headerRule(top: string): string {
  return top.replace('┌', '├').replace(/┬/g, '┼').replace('┐', '┤');
}

function cellWidth(columnCount: number, termWidth: number | undefined): number {
  if (!termWidth || columnCount === 0) return 40;
  // Each column costs its text plus 2 padding and 1 border character; one more border closes the row.
  const perColumn = Math.floor((termWidth - 1) / columnCount) - 3;
  return Math.min(40, Math.max(8, perColumn));
}
