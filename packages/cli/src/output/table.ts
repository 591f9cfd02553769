import { cellText } from './cells';
import type { Row } from './rows';

/**
 * Renders rows as a terminal table (cli-table3, loaded only when a table is printed). Cells shrink to fit the
 * terminal width so wide records stay on one line per row.
 */
export async function renderTable(
  rows: readonly Row[],
  columns: readonly string[],
  termWidth?: number,
): Promise<string> {
  const { default: Table } = await import('cli-table3');
  const maxCell = cellWidth(columns.length, termWidth);
  const table = new Table({
    head: columns.map((c) => cellText(c, maxCell)),
    style: { head: [], border: [] },
    // No rule between rows: twice the rows on screen, and rows stay one line each.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  for (const row of rows) {
    // Numbers right-aligned so magnitudes line up (prices, coupons, amounts).
    table.push(
      columns.map((c) => {
        const content = cellText(row[c], maxCell);
        return typeof row[c] === 'number' ? { content, hAlign: 'right' as const } : content;
      }),
    );
  }
  return `${underlineHeader(table.toString())}\n`;
}

/**
 * Without row rules cli-table3 also drops the rule under the header; put that one back, drawn from the top
 * border (same column widths) with the junction characters swapped.
 */
function underlineHeader(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 3) return text;
  const rule = lines[0]!.replace('┌', '├').replace(/┬/g, '┼').replace('┐', '┤');
  return [lines[0], lines[1], rule, ...lines.slice(2)].join('\n');
}

function cellWidth(columnCount: number, termWidth: number | undefined): number {
  if (!termWidth || columnCount === 0) return 40;
  // Each column costs its text plus 2 padding and 1 border character; one more border closes the row.
  const perColumn = Math.floor((termWidth - 1) / columnCount) - 3;
  return Math.min(40, Math.max(8, perColumn));
}
