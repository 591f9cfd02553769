import { cashflowSchedule } from '@terrapin/core/analytics';
import { toDay } from '../data/dates';
import { opaqueId } from '../data/identifiers';
import {
  latestRow,
  type PricePoint,
  type PricingContext,
  priceSeries,
  type SeriesRow,
} from '../data/market/bond-pricing';
import type { PricedEntry } from '../data/model';
import { hashString, mix, Rng } from '../data/rng';
import type { Universe } from '../data/universe';
import { distinct } from './paging';
import { MAX_ROWS } from './types';

/** Which fields a price row carries: gov/corp rows are lean, agency rows add `id` and `estimated_volume`. */
export type PriceShape = 'bond-latest' | 'bond-history' | 'agency';

type Entry = PricedEntry<unknown, unknown>;

/** The price row in the API's shape (keys alphabetical, as the newest documentation shows them). */
function shapeRow(seed: number, isin: string, point: PricePoint, shape: PriceShape): Record<string, unknown> {
  const row: Record<string, unknown> = {
    convexity: point.convexity,
    date: point.date,
    duration: point.duration,
  };
  if (shape !== 'bond-latest') row.estimated_volume = point.estimated_volume;
  if (shape === 'agency') row.id = opaqueId(new Rng(mix(seed, toDay(point.date), hashString(isin))));
  row.isin = isin;
  row.modified_duration = point.modified_duration;
  row.price = point.price;
  row.yield_to_maturity = point.yield_to_maturity;
  return row;
}

function rowOf(seed: number, isin: string, row: SeriesRow, shape: PriceShape): Record<string, unknown> {
  return row.kind === 'documented' ? row.row : shapeRow(seed, isin, row.point, shape);
}

/** Reference records of the requested ISINs that exist, in request order (unknown ISINs are left out). */
export function referenceRows<R>(
  index: ReadonlyMap<string, { reference: R }>,
  isins: readonly string[],
): R[] {
  return distinct(isins).flatMap((isin) => {
    const entry = index.get(isin);
    return entry ? [entry.reference] : [];
  });
}

/** The latest price of each requested ISIN on or before `as_of_date` (default: the data date). */
export function latestRows(
  u: Universe,
  ctx: PricingContext,
  index: ReadonlyMap<string, Entry>,
  isins: readonly string[],
  asOfDate: string | undefined,
  shape: PriceShape,
): Record<string, unknown>[] {
  const asOf = Math.min(asOfDate ? toDay(asOfDate) : u.dataDay, u.dataDay);
  return distinct(isins).flatMap((isin) => {
    const entry = index.get(isin);
    const row = entry ? latestRow(ctx, entry, asOf) : null;
    return row ? [rowOf(u.seed, isin, row, shape)] : [];
  });
}

/** Daily prices of one ISIN between two dates, newest first (≤ 1000 rows, `total` counts all). */
export function historyRows(
  u: Universe,
  ctx: PricingContext,
  index: ReadonlyMap<string, Entry>,
  params: { isin: string; start_date: string; end_date: string },
  shape: PriceShape,
): { data: Record<string, unknown>[]; total: number } {
  const entry = index.get(params.isin);
  if (!entry) return { data: [], total: 0 };
  const end = Math.min(toDay(params.end_date), u.dataDay);
  const { rows, total } = priceSeries(ctx, entry, toDay(params.start_date), end, MAX_ROWS);
  return { data: rows.map((r) => rowOf(u.seed, params.isin, r, shape)), total };
}

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/** Cash flows per ISIN `{ isin, cashflows: [{ amount, date, type }] }`, from the analytics' schedule. */
export function cashflowRows(
  u: Universe,
  index: ReadonlyMap<string, { bond: PricedEntry<unknown, unknown>['bond'] }>,
  isins: readonly string[],
): Record<string, unknown>[] {
  return distinct(isins).flatMap((isin) => {
    const documented = u.pinned.cashflows.get(isin);
    if (documented) return [documented];
    const entry = index.get(isin);
    if (!entry) return [];
    let cashflows: Record<string, unknown>[] | null = null;
    if (entry.bond) {
      try {
        cashflows = cashflowSchedule(entry.bond).map((f) => ({
          amount: round6(f.amount),
          date: f.date,
          type: f.type,
        }));
      } catch {
        cashflows = null;
      }
    }
    return [{ cashflows, isin }];
  });
}
