import { type Column, type ResultRow, resultColumns } from '../lib/columns';
import { isoDay } from '../lib/dates';
import { isMatured } from '../lib/matured';
import { bondPath } from '../lib/routes';
import { nextSort, type SortState } from '../lib/sort';
import type { Universe } from '../lib/universe';
import { Link } from './Link';
import { SortableHeader } from './SortableHeader';

interface ResultsTableProps {
  universe: Universe;
  rows: readonly ResultRow[];
  /** Rows arrive in this order (sorted by the API or by useSearchResults); the headers show it. */
  sort: SortState | null;
  onSortChange: (sort: SortState | null) => void;
  caption: string;
  busy: boolean;
}

function cell(column: Column, row: ResultRow, universe: Universe) {
  if (column.key === 'isin' && row.isin) {
    return (
      <Link href={bondPath(universe, row.isin)} className="isin-link">
        {row.isin}
      </Link>
    );
  }
  return column.render(row);
}

export function ResultsTable({ universe, rows, sort, onSortChange, caption, busy }: ResultsTableProps) {
  const columns = resultColumns[universe];
  const today = isoDay(new Date());
  return (
    // Focusable so a keyboard user can scroll it sideways (axe scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must take focus to be scrolled from the keyboard
    <section className="table-scroll" tabIndex={0} aria-label={caption}>
      <table className="data-table results-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader
                key={column.key}
                columnKey={column.key}
                label={column.label}
                numeric={column.numeric}
                sort={sort}
                onSort={(key) => onSortChange(nextSort(sort, key))}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr
              key={row.isin ?? index}
              className={isMatured(row, today) ? 'results-table__row--matured' : undefined}
            >
              {columns.map((column) =>
                column.key === 'isin' ? (
                  <th scope="row" key={column.key}>
                    {cell(column, row, universe)}
                  </th>
                ) : (
                  <td
                    key={column.key}
                    className={column.numeric ? 'numeric' : undefined}
                    data-label={column.label}
                  >
                    {cell(column, row, universe)}
                    {column.key === 'maturity_date' && isMatured(row, today) ? (
                      <span className="tag tag--matured">Matured</span>
                    ) : null}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
