import {
  type BondMetrics,
  type BondReferenceLike,
  bondFromReference,
  bondMetrics,
  type CallReferenceLike,
  callScheduleFromReference,
  nextCouponDate,
  TerrapinAnalyticsError,
  type YieldToWorst,
  yieldToCall,
  yieldToWorst,
} from '@terrapin/core/analytics';

/** Yield to the next call and to worst, for a callable bond with a call after settlement. */
export interface CallYields {
  nextCall: { date: string; price: number; yield: number };
  worst: YieldToWorst;
}

export type AnalyticsResult =
  | {
      ok: true;
      metrics: BondMetrics;
      settlement: string;
      nextCoupon: string | null;
      calls: CallYields | null;
    }
  | { ok: false; reason: string };

type Row = Record<string, unknown>;

/** Why a refused record is not analysed, in an analyst's words (the library's message is for developers). */
function reasonFor(error: unknown, record: Row): string {
  if (TerrapinAnalyticsError.is(error) && error.code === 'unsupported_bond') {
    const type = typeof record.interest_type === 'string' ? record.interest_type : 'floating';
    return `this is a ${type} bond: its future coupons depend on a rate not yet fixed, so yield, duration and DV01 to maturity cannot be computed from the reference data.`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Accrued interest, dirty price, durations and DV01 from the reference record and the latest clean price, computed
 * locally (no request, no quota), plus yield to call and to worst when the record has calls. Settles on the
 * price's date so the figures match the quote. `bondFromReference` in strict mode refuses floating-rate and
 * inflation-linked records, which get the reason instead of fixed-coupon figures; callables are priced to
 * maturity and, separately, to their calls.
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
    // Callability is handled below (yield to call / worst), so strict mode is asked only about the coupon.
    const bond = bondFromReference({ ...record, is_callable: null } as BondReferenceLike, { strict: true });
    if (bond.maturity <= settlement) return { ok: false, reason: 'The bond has matured.' };
    const metrics = bondMetrics(bond, { cleanPrice: clean }, settlement);
    let nextCoupon: string | null = null;
    try {
      nextCoupon = bond.frequency === 0 ? null : nextCouponDate(bond, settlement);
    } catch {
      nextCoupon = null;
    }
    let calls: CallYields | null = null;
    const schedule = callScheduleFromReference(record as CallReferenceLike).filter(
      (call) => call.date > settlement && call.date < bond.maturity,
    );
    const next = schedule[0];
    if (next) {
      calls = {
        nextCall: {
          date: next.date,
          price: next.price ?? 100,
          yield: yieldToCall(bond, clean, settlement, next),
        },
        worst: yieldToWorst(bond, clean, settlement, schedule),
      };
    }
    return { ok: true, metrics, settlement, nextCoupon, calls };
  } catch (error) {
    return { ok: false, reason: reasonFor(error, record) };
  }
}
