import {
  type BondMetrics,
  type BondReferenceLike,
  bondFromReference,
  bondMetrics,
  nextCouponDate,
} from '@terrapin/core/analytics';

export type AnalyticsResult =
  | { ok: true; metrics: BondMetrics; settlement: string; nextCoupon: string | null }
  | { ok: false; reason: string };

type Row = Record<string, unknown>;

/**
 * Accrued interest, dirty price, durations and DV01 from the reference record and the latest clean price, computed
 * locally (no request, no quota). Settles on the price's date so the figures match the quote. Bullets only: a
 * floater or an unusable record returns the analytics library's own reason.
 */
export function computeAnalytics(
  record: Row | undefined,
  price: Row | undefined,
  today: string,
): AnalyticsResult {
  if (!record) return { ok: false, reason: 'Waiting for the reference data.' };
  const clean = price?.price;
  if (typeof clean !== 'number' || !Number.isFinite(clean))
    return { ok: false, reason: 'No price to start from.' };
  const settlement = typeof price?.date === 'string' && price.date !== '' ? price.date.slice(0, 10) : today;
  try {
    const bond = bondFromReference(record as BondReferenceLike);
    if (bond.maturity <= settlement) return { ok: false, reason: 'The bond has matured.' };
    const metrics = bondMetrics(bond, { cleanPrice: clean }, settlement);
    let nextCoupon: string | null = null;
    try {
      nextCoupon = bond.frequency === 0 ? null : nextCouponDate(bond, settlement);
    } catch {
      nextCoupon = null;
    }
    return { ok: true, metrics, settlement, nextCoupon };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
