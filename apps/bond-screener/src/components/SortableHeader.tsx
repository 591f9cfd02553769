import { ariaSort, type SortState } from '../lib/sort';

interface SortableHeaderProps {
  columnKey: string;
  label: string;
  sort: SortState | null;
  onSort: (key: string) => void;
  numeric?: boolean;
}

/** A column header whose button cycles the sort; `aria-sort` tells assistive tech the current order. */
export function SortableHeader({ columnKey, label, sort, onSort, numeric }: SortableHeaderProps) {
  const state = ariaSort(sort, columnKey);
  const arrow = state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕';
  return (
    <th scope="col" aria-sort={state} className={numeric ? 'numeric' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(columnKey)}>
        {label}
        <span className={state === 'none' ? 'sort-arrow sort-arrow--idle' : 'sort-arrow'} aria-hidden="true">
          {arrow}
        </span>
      </button>
    </th>
  );
}
