import type { CallOption } from './call';
import { tryParseIsoDate } from './internal/calendar';

/**
 * The call fields of an `agency_reference` or `muni_reference` row that {@link callScheduleFromReference}
 * reads; other keys are ignored, so a whole response row can be passed.
 */
export interface CallReferenceLike {
  /** `false` means no calls, whatever the other fields say. */
  is_callable?: boolean | null;
  /** Next call date (agency and muni rows). */
  next_call_date?: string | null;
  /** Price of the next call per 100 nominal (agency rows). */
  next_call_price?: number | null;
  /** First call date (agency and muni rows); priced at par unless the schedule gives its price. */
  first_call_date?: string | null;
  /**
   * Call schedule: agency rows list dates only (`call_date`), muni rows add `call_price` and may describe a
   * window (`is_periodic` with `until`: callable on any day from `call_date` to `until`).
   */
  optional_redemption_schedule?: ReadonlyArray<{
    call_date?: string | null;
    call_price?: number | null;
    is_periodic?: boolean | null;
    until?: string | null;
  } | null> | null;
}

/** A hostile record cannot make the yield-to-worst loop run for ever. */
const MAX_CALLS = 400;

function price(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/**
 * The call dates and prices of an agency or municipal reference row, sorted by date, one per date, ready for
 * {@link yieldToWorst}: every `optional_redemption_schedule` entry (a periodic window gives its first and last
 * dates, where the worst yield of a fixed-price window lies), then `next_call_date` / `next_call_price` and
 * `first_call_date`. A date without a price in the record is a call at par (100), as agency calls are. Invalid
 * dates are skipped; `is_callable: false` gives an empty list.
 * @example
 * callScheduleFromReference({
 *   is_callable: true,
 *   optional_redemption_schedule: [
 *     { call_date: '2030-06-01', call_price: 100, is_periodic: true, until: '2040-06-01' },
 *   ],
 * });
 * // [{ date: '2030-06-01', price: 100 }, { date: '2040-06-01', price: 100 }]
 */
export function callScheduleFromReference(record: CallReferenceLike): CallOption[] {
  if (typeof record !== 'object' || record === null || record.is_callable === false) return [];
  const byDate = new Map<string, number | undefined>();
  const add = (date: unknown, p: unknown) => {
    // tryParseIsoDate also refuses non-strings; the typeof check says so to the compiler.
    if (byDate.size >= MAX_CALLS || typeof date !== 'string' || Number.isNaN(tryParseIsoDate(date))) return;
    const known = byDate.get(date);
    byDate.set(date, known ?? price(p));
  };
  const schedule = Array.isArray(record.optional_redemption_schedule)
    ? record.optional_redemption_schedule
    : [];
  for (const entry of schedule.slice(0, MAX_CALLS)) {
    if (typeof entry !== 'object' || entry === null) continue;
    add(entry.call_date, entry.call_price);
    if (entry.is_periodic === true) add(entry.until, entry.call_price);
  }
  add(record.next_call_date, record.next_call_price);
  add(record.first_call_date, undefined);
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, p]) => ({ date, price: p ?? 100 }));
}
