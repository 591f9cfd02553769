import { type Column, type ResultRow, resultColumns } from '../lib/columns';
import { bondPath } from '../lib/routes';
import { nextSort, type SortState, sortRows } from '../lib/sort';
import type { Universe } from '../lib/universe';
import { Link } from './Link';
import { SortableHeader } from './SortableHeader';

interface ResultsTableProps {
  universe: Universe;
  rows: readonly ResultRow[];
  sort: SortState | null;
  /** Rows already arrive in this order from the API. */
  serverSorted: boolean;
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

export function ResultsTable({
  universe,
  rows,
  sort,
  serverSorted,
  onSortChange,
  caption,
  busy,
}: ResultsTableProps) {
  const columns = resultColumns[universe];
  const sorted = serverSorted
    ? rows
    : sortRows(rows, sort, (row, key) => columns.find((column) => column.key === key)?.value(row));
  return (
    <div className="table-scroll">
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
          {sorted.map((row, index) => (
            <tr key={row.isin ?? index}>
              {columns.map((column) =>
                column.key === 'isin' ? (
                  <th scope="row" key={column.key}>
                    {cell(column, row, universe)}
                  </th>
                ) : (
                  <td key={column.key} className={column.numeric ? 'numeric' : undefined}>
                    {cell(column, row, universe)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
