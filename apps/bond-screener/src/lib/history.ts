import { propertyOf } from '@terrapin/core/adapter-kit';

export interface HistoryPoint {
  date: string;
  price: number | null;
  yield: number | null;
}

const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** End-of-day pricing rows (gov/corp, agency) as chart points, oldest first. */
export function pricingPoints(rows: readonly unknown[]): HistoryPoint[] {
  return rows
    .flatMap((row) => {
      const date = propertyOf(row, 'date');
      if (typeof date !== 'string') return [];
      return [
        { date, price: num(propertyOf(row, 'price')), yield: num(propertyOf(row, 'yield_to_maturity')) },
      ];
    })
    .filter((point) => point.price !== null || point.yield !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Municipal trades as chart points: one per trading day (the last trade of the day), cancelled trades left out.
 * Yield is yield to maturity, semi-annual (the muni market's convention).
 */
export function tradePoints(rows: readonly unknown[]): HistoryPoint[] {
  const byDay = new Map<string, { time: string; point: HistoryPoint }>();
  for (const row of rows) {
    if (propertyOf(row, 'is_cancelled') === true) continue;
    const time = propertyOf(row, 'trade_datetime');
    if (typeof time !== 'string' || !time) continue;
    const date = time.slice(0, 10);
    const point = {
      date,
      price: num(propertyOf(row, 'price')),
      yield: num(propertyOf(row, 'ytm_semi_annual')),
    };
    const existing = byDay.get(date);
    if (!existing || existing.time <= time) byDay.set(date, { time, point });
  }
  return [...byDay.values()].map(({ point }) => point).sort((a, b) => a.date.localeCompare(b.date));
}

/** Latest trades first, for the trades table. */
export function latestTradesFirst<T extends { trade_datetime?: unknown }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) =>
    String(b.trade_datetime ?? '').localeCompare(String(a.trade_datetime ?? '')),
  );
}

/** Change between the first and last point, for the chart's summary line. */
export function priceChange(
  points: readonly HistoryPoint[],
): { from: number; to: number; change: number } | null {
  const priced = points.filter((point) => point.price !== null);
  const first = priced[0]?.price;
  const last = priced.at(-1)?.price;
  if (first == null || last == null) return null;
  return { from: first, to: last, change: last - first };
}
