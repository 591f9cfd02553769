import { type Dispatch, useMemo } from 'react';
import { FilterPanel } from '../components/FilterPanel';
import { ResultsPanel } from '../components/ResultsPanel';
import { UniverseTabs } from '../components/UniverseTabs';
import { useSearchResults } from '../hooks/useSearchResults';
import { presentError } from '../lib/errors';
import { activeFilterCount, searchBody } from '../lib/filters';
import type { ScreenerAction, ScreenerState } from '../lib/screener-state';
import { isServerSort } from '../lib/server-sort';
import { universeLabels } from '../lib/universe';

interface ScreenerPageProps {
  state: ScreenerState;
  dispatch: Dispatch<ScreenerAction>;
}

export function ScreenerPage({ state, dispatch }: ScreenerPageProps) {
  const { universe } = state;
  const paging = state.paging[universe];
  const sort = state.sort[universe];
  const serverSorted = isServerSort(universe, sort);
  const body = searchBody(universe, state.applied[universe], paging, sort);
  const search = useSearchResults(universe, body);

  // Memoised: the form moves focus when a new validation error arrives, not on every render.
  const error = useMemo(() => (search.error ? presentError(search.error) : null), [search.error]);
  const validationError = error?.kind === 'validation' ? error : null;
  // While the last search failed, the kept previous page would be misleading: show the error instead.
  const rows = error ? [] : search.rows;

  return (
    <main className="screener" id="main">
      <h1 className="visually-hidden">Bond screener</h1>
      <UniverseTabs
        value={universe}
        onChange={(next) => dispatch({ type: 'universe', universe: next })}
        panelId="screener-panel"
      />
      <div
        className="screener__layout"
        id="screener-panel"
        role="tabpanel"
        aria-labelledby={`tab-${universe}`}
        aria-label={`${universeLabels[universe]} screener`}
      >
        <FilterPanel
          key={universe}
          universe={universe}
          filters={state.drafts[universe]}
          onChange={(patch) => dispatch({ type: 'edit', universe, patch })}
          onSubmit={() => {
            dispatch({ type: 'apply', universe });
            // Same filters again: the user wants fresh numbers.
            if (JSON.stringify(state.drafts[universe]) === JSON.stringify(state.applied[universe])) {
              void search.refetch();
            }
          }}
          onReset={() => dispatch({ type: 'reset', universe })}
          validationError={validationError}
          searching={search.isFetching}
        />
        <ResultsPanel
          universe={universe}
          rows={rows}
          total={error ? 0 : search.total}
          paging={paging}
          sort={sort}
          serverSorted={serverSorted}
          loading={search.isPending && !error}
          fetching={search.isFetching}
          error={error && !validationError ? error : null}
          hasFilters={activeFilterCount(state.applied[universe]) > 0}
          invalidFilters={validationError !== null}
          onRetry={() => void search.refetch()}
          onOffsetChange={(offset) => dispatch({ type: 'offset', universe, offset })}
          onPageSizeChange={(limit) => dispatch({ type: 'page-size', universe, limit })}
          onSortChange={(next) =>
            dispatch({
              type: 'sort',
              universe,
              sort: next,
              firstPage: isServerSort(universe, next) || serverSorted,
            })
          }
          onResetFilters={() => dispatch({ type: 'reset', universe })}
        />
      </div>
    </main>
  );
}
