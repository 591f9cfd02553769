import { bondMetrics, priceFromYield } from '@terrapin/core/analytics';
import { fromDay, isWeekend, toDay } from '../dates';
import type { PinnedWindow } from '../fixtures/documented';
import type { PricedEntry } from '../model';
import { gaussian, unit } from '../rng';
import { type Curves, floatingCoupon, modelYield } from './curves';

/** One end-of-day price with the yield and risk solved from it. */
export interface PricePoint {
  date: string;
  price: number;
  yield_to_maturity: number;
  duration: number;
  modified_duration: number;
  convexity: number;
  estimated_volume: number;
}

/** What pricing needs besides the bond: the seed, the curves and the documented windows. */
export interface PricingContext {
  seed: number;
  curves: Curves;
  pinned: ReadonlyMap<string, readonly PinnedWindow[]>;
}

const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

/** Whether the bond has a price on `day` (cheap: no pricing), ignoring documented windows. */
export function hasPrice(ctx: PricingContext, entry: PricedEntry<unknown, unknown>, day: number): boolean {
  if (entry.bond === null || day < entry.firstDay || day > entry.lastDay || isWeekend(day)) return false;
  return (
    entry.pricing.liquidity >= 1 || unit(ctx.seed, entry.pricing.noiseKey, day, 7) < entry.pricing.liquidity
  );
}

/**
 * The generated price point of a bond on `day`: the model yield → a clean price rounded to 3 decimals → yield,
 * Macaulay and modified duration and convexity solved back from that rounded price with `@terrapin/core/analytics`.
 * The price date is the settlement date.
 */
export function pricePoint(
  ctx: PricingContext,
  entry: PricedEntry<unknown, unknown>,
  day: number,
): PricePoint | null {
  if (entry.bond === null) return null;
  const profile = entry.pricing;
  // A floater's coupon follows the index; priced with the coupon of the day it sits near par, as real FRNs do.
  const bond = profile.floating
    ? { ...entry.bond, coupon: floatingCoupon(ctx.curves, profile.curve, profile.floating, day) }
    : entry.bond;
  const settlement = fromDay(day);
  const years = (toDay(bond.maturity) - day) / 365.25;
  try {
    const y = profile.floating
      ? bond.coupon + 0.1 * (unit(ctx.seed, profile.noiseKey, day) - 0.5)
      : profile.level !== undefined
        ? profile.level + 0.2 * (unit(ctx.seed, profile.noiseKey, day) - 0.5)
        : modelYield(ctx.curves, profile, ctx.seed, day, years);
    const price = round(priceFromYield(bond, y, settlement), 3);
    if (!(price > 0)) return null;
    const m = bondMetrics(bond, { cleanPrice: price }, settlement);
    const volume =
      Math.max(
        1,
        Math.round((profile.volume * Math.exp(0.8 * gaussian(ctx.seed, profile.noiseKey, day, 9))) / 1000),
      ) * 1000;
    return {
      date: settlement,
      price,
      yield_to_maturity: round(m.yield, 5),
      duration: round(m.macaulayDuration, 5),
      modified_duration: round(m.modifiedDuration, 5),
      convexity: round(m.convexity, 5),
      estimated_volume: volume,
    };
  } catch {
    // The analytics refuse a few corner cases (e.g. settlement inside an odd stub they cannot schedule); such a
    // day simply has no price, as an illiquid day would.
    return null;
  }
}

function windowsOf(ctx: PricingContext, isin: string): readonly PinnedWindow[] {
  return ctx.pinned.get(isin) ?? [];
}

function pinnedWindowAt(windows: readonly PinnedWindow[], date: string): PinnedWindow | undefined {
  return windows.find((w) => w.from <= date && date <= w.to);
}

/** A row of a price series: generated (`PricePoint`) or documented (served verbatim). */
export type SeriesRow =
  | { kind: 'generated'; point: PricePoint }
  | { kind: 'documented'; row: Record<string, unknown> };

/**
 * The price series of a bond between two days (inclusive), newest first as the API returns it, at most `cap`
 * rows, with `total` counting every row in the window. Inside a documented window only the documented rows exist.
 */
export function priceSeries(
  ctx: PricingContext,
  entry: PricedEntry<unknown, unknown>,
  fromDayNumber: number,
  toDayNumber: number,
  cap: number,
): { rows: SeriesRow[]; total: number } {
  const windows = windowsOf(ctx, entry.isin);
  const rows: SeriesRow[] = [];
  let total = 0;
  const start = Math.max(fromDayNumber, entry.firstDay);
  const documented: Record<string, unknown>[] = [];
  for (const w of windows) {
    for (const row of w.rows) {
      const date = String(row.date);
      if (date >= fromDay(fromDayNumber) && date <= fromDay(toDayNumber)) documented.push(row);
    }
  }
  documented.sort((a, b) => String(b.date).localeCompare(String(a.date)));
  let next = 0;
  for (let day = Math.min(toDayNumber, entry.lastDay); day >= start; day--) {
    const date = fromDay(day);
    while (next < documented.length && String(documented[next]!.date) >= date) {
      total++;
      if (rows.length < cap) rows.push({ kind: 'documented', row: documented[next]! });
      next++;
    }
    if (pinnedWindowAt(windows, date) || !hasPrice(ctx, entry, day)) continue;
    total++;
    if (rows.length < cap) {
      const point = pricePoint(ctx, entry, day);
      if (point) rows.push({ kind: 'generated', point });
      else total--;
    }
  }
  for (; next < documented.length; next++) {
    total++;
    if (rows.length < cap) rows.push({ kind: 'documented', row: documented[next]! });
  }
  return { rows, total };
}

/** The latest row on or before `asOfDay` (looking back at most a year), or null. */
export function latestRow(
  ctx: PricingContext,
  entry: PricedEntry<unknown, unknown>,
  asOfDay: number,
): SeriesRow | null {
  const end = Math.min(asOfDay, entry.lastDay);
  const { rows } = priceSeries(ctx, entry, end - 366, end, 1);
  return rows[0] ?? null;
}
