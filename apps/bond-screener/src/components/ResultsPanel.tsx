import type { ReactNode } from 'react';
import type { SortMode } from '../hooks/useSearchResults';
import { SORT_ALL_LIMIT } from '../hooks/useSearchResults';
import type { ResultRow } from '../lib/columns';
import type { ErrorPresentation } from '../lib/errors';
import type { Paging } from '../lib/filters';
import { pageInfo, rangeLabel } from '../lib/paging';
import { fieldInputId } from '../lib/pointers';
import type { SortState } from '../lib/sort';
import { type Universe, universeLabels } from '../lib/universe';
import { ErrorPanel } from './ErrorPanel';
import { Pager } from './Pager';
import { PageSizeSelect } from './PageSizeSelect';
import { ResultsTable } from './ResultsTable';
import { StateMessage } from './StateMessage';

interface ResultsPanelProps {
  universe: Universe;
  rows: readonly ResultRow[];
  total: number;
  paging: Paging;
  sort: SortState | null;
  /** How the rows are ordered (see useSearchResults). */
  sortMode: SortMode;
  loading: boolean;
  fetching: boolean;
  /** A non-validation error (validation errors are shown on the form). */
  error: ErrorPresentation | null;
  hasFilters: boolean;
  /** The search was refused for a filter value; the form shows where. */
  invalidFilters: boolean;
  onRetry: () => void;
  onOffsetChange: (offset: number) => void;
  onPageSizeChange: (size: number) => void;
  onSortChange: (sort: SortState | null) => void;
  onResetFilters: () => void;
}

export function ResultsPanel(props: ResultsPanelProps) {
  const { universe, rows, total, paging, sort, loading, fetching, error } = props;
  const info = pageInfo(paging.offset, paging.limit, total, rows.length);
  const label = rangeLabel(info, total);

  let body: ReactNode;
  if (error) {
    body = <ErrorPanel error={error} onRetry={props.onRetry} />;
  } else if (props.invalidFilters) {
    body = (
      <StateMessage kind="empty">
        Not searched: fix the filter marked in the form, then search again.
      </StateMessage>
    );
  } else if (loading) {
    body = (
      <StateMessage kind="loading">Searching {universeLabels[universe].toLowerCase()} bonds…</StateMessage>
    );
  } else if (rows.length === 0) {
    body = (
      <StateMessage
        kind="empty"
        action={
          props.hasFilters ? (
            <button type="button" className="button button--small" onClick={props.onResetFilters}>
              Clear filters
            </button>
          ) : null
        }
      >
        {total > 0
          ? 'This page is past the last result.'
          : 'No bonds match these filters. Widen the coupon or maturity range, or remove a filter.'}
      </StateMessage>
    );
  } else {
    body = (
      <ResultsTable
        universe={universe}
        rows={rows}
        sort={sort}
        onSortChange={props.onSortChange}
        caption={`${universeLabels[universe]} bonds, ${label.toLowerCase()}`}
        busy={fetching}
      />
    );
  }

  return (
    <section className="results-panel" aria-labelledby="results-heading">
      <div className="results-panel__bar">
        <h2 id="results-heading" className="results-panel__count" aria-live="polite">
          {loading ? 'Searching…' : error || props.invalidFilters ? 'No results' : label}
          {fetching && !loading ? (
            <span className="spinner spinner--inline" role="img" aria-label="Updating" />
          ) : null}
        </h2>
        <PageSizeSelect
          id={fieldInputId(universe, 'pageSize')}
          value={paging.limit}
          onChange={props.onPageSizeChange}
        />
      </div>
      {sort && rows.length > 1 && !error && !props.invalidFilters ? (
        <p className={`results-panel__note results-panel__note--${props.sortMode}`}>
          {props.sortMode === 'api'
            ? 'Sorted by the API across all results.'
            : props.sortMode === 'all'
              ? `Sorted across all ${new Intl.NumberFormat('en-US').format(total)} results.`
              : `Too many results to sort across pages (${new Intl.NumberFormat('en-US').format(total)}; at most ${new Intl.NumberFormat('en-US').format(SORT_ALL_LIMIT)} can be sorted here): only this page is sorted. Narrow the filters to sort them all.`}
        </p>
      ) : null}
      {body}
      {!error && !props.invalidFilters && total > paging.limit ? (
        <Pager info={info} limit={paging.limit} total={total} onOffsetChange={props.onOffsetChange} />
      ) : null}
    </section>
  );
}
