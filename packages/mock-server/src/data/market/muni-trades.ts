import { priceFromYield } from '@terrapin/core/analytics';
import { addBusinessDays, fromDay, isWeekend, laterDate, toDay } from '../dates';
import type { PinnedWindow } from '../fixtures/documented';
import { opaqueId } from '../identifiers';
import type { MuniEntry } from '../model';
import { mix, Rng, unit } from '../rng';
import { type Curves, floatingCoupon, modelYield } from './curves';
import { muniYields } from './muni-yields';

/** What trade generation needs: the seed, the curves and the documented trades. */
export interface TradeContext {
  seed: number;
  curves: Curves;
  dataDay: number;
  pinned: ReadonlyMap<string, readonly PinnedWindow[]>;
}

/** A trade before pricing: enough for counts and volumes (trade statistics never price anything). */
export interface TradeSkeleton {
  entry: MuniEntry;
  day: number;
  index: number;
  type: 'customer_bought' | 'customer_sold' | 'inter_dealer';
  amount: number;
  /** Seconds after midnight (Eastern, as reported; the API sends no zone). */
  seconds: number;
}

const AMOUNTS = [
  [5000, 10],
  [10000, 14],
  [15000, 8],
  [20000, 6],
  [25000, 10],
  [50000, 10],
  [100000, 12],
  [250000, 8],
  [500000, 7],
  [1000000, 5],
  [2000000, 3],
  [5000000, 1],
] as const;

// Municipal trades settle T+1 since 28 May 2024 (T+2 before).
const T_PLUS_ONE_FROM = toDay('2024-05-28');

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

function windows(ctx: TradeContext, isin: string): readonly PinnedWindow[] {
  return ctx.pinned.get(isin) ?? [];
}

function inWindow(ws: readonly PinnedWindow[], date: string): boolean {
  return ws.some((w) => w.from <= date && date <= w.to);
}

/** Settlement day of a trade made on `day` (T+1 from 28 May 2024, T+2 before). */
export function settlementDay(day: number): number {
  return addBusinessDays(day, day >= T_PLUS_ONE_FROM ? 1 : 2);
}

/**
 * Generated trades of a bond on one day: none on weekends, before the sale, after the data date, or when the trade
 * would settle on or after maturity (the bond is redeemed then; nobody trades it, and no yield exists to price it).
 */
export function tradeSkeletons(ctx: TradeContext, entry: MuniEntry, day: number): TradeSkeleton[] {
  if (day < entry.firstDay || day > entry.lastDay || day > ctx.dataDay || isWeekend(day)) return [];
  if (settlementDay(day) >= toDay(entry.maturityDate)) return [];
  const key = entry.pricing.noiseKey;
  if (unit(ctx.seed, key, day) >= entry.pricing.liquidity) return [];
  if (ctx.pinned.has(entry.isin) && inWindow(windows(ctx, entry.isin), fromDay(day))) return [];
  const rng = new Rng(mix(ctx.seed, key, day, 3));
  const count = rng.weighted([
    [1, 6],
    [2, 3],
    [3, 1],
  ] as const);
  const out: TradeSkeleton[] = [];
  const base = rng.int(8 * 3600, 16 * 3600);
  for (let index = 0; index < count; index++) {
    const type = rng.weighted([
      ['customer_bought', 45],
      ['customer_sold', 30],
      ['inter_dealer', 25],
    ] as const);
    out.push({
      entry,
      day,
      index,
      type,
      amount: rng.weighted(AMOUNTS),
      seconds: Math.min(base + index * rng.int(0, 900), 17 * 3600 + 1799),
    });
  }
  return out;
}

/** A trade record in the API's shape (newest fields: `id`, `is_cancelled`), priced from the yield model. */
export function pricedTrade(ctx: TradeContext, t: TradeSkeleton): Record<string, unknown> {
  const { entry, day } = t;
  const settlement = fromDay(settlementDay(day));
  // When-issued trades settle before interest starts to accrue; they are priced as of the dated date.
  const priceDate = laterDate(settlement, entry.series.datedDate);
  const rng = new Rng(mix(ctx.seed, entry.pricing.noiseKey, day, 100 + t.index));
  // tradeSkeletons never makes a trade settling on or after maturity, so the yield model always prices it
  // (MuniTrade.price is a non-nullable number in the spec).
  const years = (toDay(entry.maturityDate) - day) / 365.25;
  const { floating } = entry.pricing;
  // A floater's coupon resets from the index, so it trades near par whatever the rate level.
  const bond = floating
    ? { ...entry.bond, coupon: floatingCoupon(ctx.curves, entry.pricing.curve, floating, day) }
    : entry.bond;
  const y = floating
    ? bond.coupon
    : (entry.pricing.level ?? modelYield(ctx.curves, entry.pricing, ctx.seed, day, years));
  let mid = priceFromYield(bond, y, priceDate);
  if (entry.firstCallDate !== null && priceDate < entry.firstCallDate) {
    const toCall = { ...bond, maturity: entry.firstCallDate, redemption: entry.callPrice };
    if (toCall.firstCouponDate && toCall.firstCouponDate > entry.firstCallDate) delete toCall.firstCouponDate;
    mid = Math.min(mid, priceFromYield(toCall, y, priceDate));
  }
  // Dealer markups shrink with the bond's remaining life (a point on a one-month bill would be absurd).
  const scale = Math.min(1, Math.max(0.01, years / 4));
  const markup =
    scale *
    (t.type === 'customer_bought'
      ? rng.between(0.15, 0.8)
      : t.type === 'customer_sold'
        ? -rng.between(0.15, 0.8)
        : rng.between(-0.15, 0.15));
  const price = round(mid + markup, 3);
  const hh = Math.floor(t.seconds / 3600);
  const mm = Math.floor((t.seconds % 3600) / 60);
  const ss = t.seconds % 60;
  const time = [hh, mm, ss].map((n) => String(n).padStart(2, '0')).join(':');
  return {
    amount: t.amount,
    id: opaqueId(rng),
    is_alt_trading_system: rng.chance(0.05),
    is_cancelled: rng.chance(0.005),
    is_list_offering_price: day < toDay(entry.series.datedDate) && rng.chance(0.3),
    is_non_transaction_compensation: rng.chance(0.01),
    is_weighted_avg_price_trade: rng.chance(0.01),
    is_when_issued_trade: day < toDay(entry.series.datedDate),
    isin: entry.isin,
    price,
    settlement_date: settlement,
    trade_datetime: `${fromDay(day)}T${time}`,
    trade_type: t.type,
    ...muniYields(entry, price, settlement),
  };
}

function documentedBetween(
  ctx: TradeContext,
  isin: string,
  from: string,
  to: string,
): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  for (const w of windows(ctx, isin)) {
    for (const row of w.rows) {
      const date = String(row.trade_datetime).slice(0, 10);
      if (date >= from && date <= to) rows.push(row);
    }
  }
  return rows;
}

/** Every trade of a bond between two days (inclusive), newest first, at most `cap`, with the full `total`. */
export function tradesBetween(
  ctx: TradeContext,
  entry: MuniEntry,
  fromDayNumber: number,
  toDayNumber: number,
  cap: number,
): { rows: Record<string, unknown>[]; total: number } {
  const documented = documentedBetween(ctx, entry.isin, fromDay(fromDayNumber), fromDay(toDayNumber));
  const rows: Record<string, unknown>[] = [];
  let total = 0;
  const byDate = (date: string) => documented.filter((r) => String(r.trade_datetime).slice(0, 10) === date);
  for (
    let day = Math.min(toDayNumber, ctx.dataDay, entry.lastDay);
    day >= Math.max(fromDayNumber, entry.firstDay);
    day--
  ) {
    const pinned = documented.length > 0 ? byDate(fromDay(day)) : [];
    const generated = tradeSkeletons(ctx, entry, day).sort(
      (a, b) => b.seconds - a.seconds || b.index - a.index,
    );
    for (const row of pinned) {
      total++;
      if (rows.length < cap) rows.push(row);
    }
    for (const t of generated) {
      total++;
      if (rows.length < cap) rows.push(pricedTrade(ctx, t));
    }
  }
  // Documented trades outside the bond's generated range still count (their dates are facts).
  for (const row of documented) {
    const day = toDay(String(row.trade_datetime).slice(0, 10));
    if (
      day > Math.min(toDayNumber, ctx.dataDay, entry.lastDay) ||
      day < Math.max(fromDayNumber, entry.firstDay)
    ) {
      total++;
      if (rows.length < cap) rows.push(row);
    }
  }
  return { rows, total };
}

/** The latest trade on or before `asOfDay` (looking back two years), or null. */
export function latestTrade(
  ctx: TradeContext,
  entry: MuniEntry,
  asOfDay: number,
): Record<string, unknown> | null {
  const end = Math.min(asOfDay, ctx.dataDay, entry.lastDay);
  for (let from = end; from > end - 730; from -= 60) {
    const { rows } = tradesBetween(ctx, entry, from - 59, from, 1);
    if (rows[0]) return rows[0];
  }
  return null;
}

/** Every trade of the market on one day (documented ones included), in time order, at most `cap`. */
export function dailyTrades(
  ctx: TradeContext,
  munis: readonly MuniEntry[],
  day: number,
  cap: number,
): { rows: Record<string, unknown>[]; total: number } {
  const date = fromDay(day);
  const documented: Record<string, unknown>[] = [];
  for (const ws of ctx.pinned.values()) {
    for (const w of ws) {
      for (const row of w.rows) if (String(row.trade_datetime).slice(0, 10) === date) documented.push(row);
    }
  }
  const skeletons: TradeSkeleton[] = [];
  for (const entry of munis) skeletons.push(...tradeSkeletons(ctx, entry, day));
  skeletons.sort(
    (a, b) => a.seconds - b.seconds || a.entry.isin.localeCompare(b.entry.isin) || a.index - b.index,
  );
  const rows = documented.slice(0, cap);
  for (const t of skeletons) {
    if (rows.length >= cap) break;
    rows.push(pricedTrade(ctx, t));
  }
  return { rows, total: documented.length + skeletons.length };
}

/** Day number of the bond's last trade on or before the data date (for `last_traded_since`), cached. */
export function lastTradeDay(
  ctx: TradeContext,
  entry: MuniEntry,
  cache: Map<string, number | null>,
): number | null {
  const cached = cache.get(entry.isin);
  if (cached !== undefined) return cached;
  let found: number | null = null;
  const end = Math.min(ctx.dataDay, entry.lastDay);
  for (let day = end; day >= Math.max(entry.firstDay, end - 1500); day--) {
    if (tradeSkeletons(ctx, entry, day).length > 0) {
      found = day;
      break;
    }
  }
  for (const row of documentedBetween(ctx, entry.isin, '0000-00-00', fromDay(ctx.dataDay))) {
    const day = toDay(String(row.trade_datetime).slice(0, 10));
    if (found === null || day > found) found = day;
  }
  cache.set(entry.isin, found);
  return found;
}
