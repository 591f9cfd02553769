import { type Dispatch, useMemo, useState } from 'react';
import { FilterPanel } from '../components/FilterPanel';
import { FilterSummary } from '../components/FilterSummary';
import { LookupBox } from '../components/LookupBox';
import { ResultsPanel } from '../components/ResultsPanel';
import { UniverseTabs } from '../components/UniverseTabs';
import { useSearchResults } from '../hooks/useSearchResults';
import { presentError } from '../lib/errors';
import { activeFilterCount, searchBody } from '../lib/filters';
import type { ScreenerAction, ScreenerState } from '../lib/screener-state';
import { universeLabels } from '../lib/universe';
import { type FieldMessages, validateFilters } from '../lib/validate-filters';

interface ScreenerPageProps {
  state: ScreenerState;
  dispatch: Dispatch<ScreenerAction>;
}

const hasMessages = (messages: FieldMessages) => Object.keys(messages).length > 0;

export function ScreenerPage({ state, dispatch }: ScreenerPageProps) {
  const { universe } = state;
  const paging = state.paging[universe];
  const sort = state.sort[universe];
  const applied = state.applied[universe];
  // Filters from the address bar are checked like typed ones: a bad link is explained, not sent.
  const appliedErrors = useMemo(() => validateFilters(applied), [applied]);
  const [submitErrors, setSubmitErrors] = useState<FieldMessages | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const clientErrors = submitErrors ?? appliedErrors;
  const {
    limit: _limit,
    offset: _offset,
    ...filters
  } = searchBody(universe, applied, paging) as Record<string, unknown>;
  const search = useSearchResults(universe, filters, paging, sort, !hasMessages(appliedErrors));

  // Memoised: the form moves focus when a new validation error arrives, not on every render.
  const error = useMemo(() => (search.error ? presentError(search.error) : null), [search.error]);
  const validationError = error?.kind === 'validation' ? error : null;
  // While the last search failed, the kept previous page would be misleading: show the error instead.
  const rows = error ? [] : search.rows;
  const invalid = validationError !== null || hasMessages(clientErrors);
  const count = activeFilterCount(applied);

  return (
    <main className="screener" id="main">
      <h1 className="visually-hidden">Bond screener</h1>
      <LookupBox current={universe} />
      <UniverseTabs
        value={universe}
        onChange={(next) => {
          setSubmitErrors(null);
          dispatch({ type: 'universe', universe: next });
        }}
        panelId="screener-panel"
      />
      <div
        className="screener__layout"
        id="screener-panel"
        role="tabpanel"
        aria-labelledby={`tab-${universe}`}
        aria-label={`${universeLabels[universe]} screener`}
      >
        <div className={filtersOpen || invalid ? 'screener__filters is-open' : 'screener__filters'}>
          <FilterSummary
            universe={universe}
            filters={applied}
            count={count}
            open={filtersOpen || invalid}
            onToggle={() => setFiltersOpen((open) => !open)}
          />
          <FilterPanel
            key={universe}
            universe={universe}
            filters={state.drafts[universe]}
            onChange={(patch) => dispatch({ type: 'edit', universe, patch })}
            onSubmit={() => {
              const draft = state.drafts[universe];
              const problems = validateFilters(draft);
              setAttempt((n) => n + 1);
              if (hasMessages(problems)) {
                setSubmitErrors(problems);
                return;
              }
              setSubmitErrors(null);
              setFiltersOpen(false);
              dispatch({ type: 'apply', universe });
              // Same filters again: the user wants fresh numbers.
              if (JSON.stringify(draft) === JSON.stringify(applied)) void search.refetch();
            }}
            onReset={() => {
              setSubmitErrors(null);
              dispatch({ type: 'reset', universe });
            }}
            validationError={validationError}
            clientErrors={clientErrors}
            attempt={attempt}
            searching={search.isFetching}
          />
        </div>
        <ResultsPanel
          universe={universe}
          rows={rows}
          total={error ? 0 : search.total}
          paging={paging}
          sort={sort}
          sortMode={search.sortMode}
          loading={search.isPending && !error}
          fetching={search.isFetching}
          error={error && !validationError ? error : null}
          hasFilters={count > 0}
          invalidFilters={invalid}
          onRetry={() => void search.refetch()}
          onOffsetChange={(offset) => dispatch({ type: 'offset', universe, offset })}
          onPageSizeChange={(limit) => dispatch({ type: 'page-size', universe, limit })}
          // Every order applies to the whole result set, so a new order starts again from the first page.
          onSortChange={(next) => dispatch({ type: 'sort', universe, sort: next, firstPage: true })}
          onResetFilters={() => {
            setSubmitErrors(null);
            dispatch({ type: 'reset', universe });
          }}
        />
      </div>
    </main>
  );
}
