import { type FormEvent, useEffect, useRef } from 'react';
import type { ErrorPresentation } from '../lib/errors';
import { placeProblems } from '../lib/field-errors';
import type { AgencyFilters, BondFilters, FiltersByUniverse, MuniFilters } from '../lib/filters';
import { activeFilterCount } from '../lib/filters';
import { fieldForPointer, fieldInputId } from '../lib/pointers';
import { type Universe, universeLabels } from '../lib/universe';
import type { FieldMessages } from '../lib/validate-filters';
import { ErrorPanel } from './ErrorPanel';
import { AgencyFilterFields } from './filters/AgencyFilterFields';
import { BondFilterFields } from './filters/BondFilterFields';
import { MuniFilterFields } from './filters/MuniFilterFields';

interface FilterPanelProps {
  universe: Universe;
  filters: FiltersByUniverse[Universe];
  onChange: (patch: Partial<FiltersByUniverse[Universe]>) => void;
  onSubmit: () => void;
  onReset: () => void;
  /** The search's validation error, if any: its problems are shown next to the fields they point at. */
  validationError: ErrorPresentation | null;
  /** Problems found before sending (issue 18), per field; shown like the API's, and sent nothing. */
  clientErrors: FieldMessages;
  /** Bumped on each refused submit, so focus moves to the first bad field again. */
  attempt: number;
  searching: boolean;
}

export function FilterPanel({
  universe,
  filters,
  onChange,
  onSubmit,
  onReset,
  validationError,
  clientErrors,
  attempt,
  searching,
}: FilterPanelProps) {
  const placed = placeProblems(universe, validationError?.problems ?? []);
  const errors: Record<string, string> = { ...placed.byField };
  for (const [field, message] of Object.entries(clientErrors)) if (message) errors[field] = message;
  const summaryRef = useRef<HTMLDivElement>(null);
  const firstClientError = Object.keys(clientErrors)[0];

  // A refused submit lands on the first field to fix.
  useEffect(() => {
    if (attempt === 0 || firstClientError === undefined) return;
    document.getElementById(fieldInputId(universe, firstClientError))?.focus();
  }, [attempt, firstClientError, universe]);

  // Move focus to the first field the error points at, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (!validationError) return;
    const field = validationError.problems
      .map((problem) => fieldForPointer(universe, problem.pointer))
      .find((key) => key !== null);
    const target = field ? document.getElementById(fieldInputId(universe, field)) : summaryRef.current;
    target?.focus();
  }, [validationError, universe]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }

  const count = activeFilterCount(filters);
  return (
    <form
      id={`filters-${universe}`}
      className="filter-panel"
      onSubmit={submit}
      aria-label={`${universeLabels[universe]} filters`}
      noValidate
    >
      <div className="filter-panel__fields">
        {universe === 'bonds' ? (
          <BondFilterFields filters={filters as BondFilters} onChange={onChange} errors={errors} />
        ) : universe === 'agency' ? (
          <AgencyFilterFields filters={filters as AgencyFilters} onChange={onChange} errors={errors} />
        ) : (
          <MuniFilterFields filters={filters as MuniFilters} onChange={onChange} errors={errors} />
        )}
      </div>
      {validationError ? (
        <div ref={summaryRef} tabIndex={-1} className="filter-panel__summary">
          <ErrorPanel
            compact
            error={validationError}
            inputFor={(problem) => {
              const field = fieldForPointer(universe, problem.pointer);
              return field ? fieldInputId(universe, field) : null;
            }}
          />
        </div>
      ) : null}
      <div className="filter-panel__actions">
        <button type="submit" className="button button--primary" aria-busy={searching || undefined}>
          {searching ? 'Searching…' : 'Search'}
        </button>
        <button type="button" className="button" onClick={onReset} disabled={count === 0}>
          Reset{count > 0 ? ` (${count})` : ''}
        </button>
      </div>
    </form>
  );
}
