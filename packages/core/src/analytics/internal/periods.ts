/**
 * Coupon periods of a bullet, generated on the regular grid (see `resolve-bond.ts`): backward from maturity,
 * or forward from the first coupon date, with odd first and last periods described by the notional (quasi)
 * coupon dates around them, as ICMA Rule 251 and the SIA odd-coupon formulas need.
 */
import { TerrapinAnalyticsError } from '../errors';
import { addMonthsYmd, formatSerial, fromSerial } from './calendar';
import { type DayCountContext, dayCountDays, dayCountYearFraction, isThirty } from './day-count-math';
import { neighbours } from './lists';
import { gridDate, gridIndexAtOrBefore, type ResolvedBond } from './resolve-bond';

export type PeriodKind = 'regular' | 'short-first' | 'long-first' | 'short-last' | 'long-last';

export interface Period {
  start: number;
  end: number;
  kind: PeriodKind;
  /** Notional coupon dates bracketing the period: [q0 ≤ start, …, qn ≥ end]; [start, end] when regular. */
  quasi: number[];
}

function regular(start: number, end: number): Period {
  return { start, end, kind: 'regular', quasi: [start, end] };
}

function firstPeriodForward(rb: ResolvedBond, firstCoupon: number): Period {
  const previous = gridDate(rb, -1);
  const start = rb.accrualStart ?? previous;
  if (start === previous) return regular(start, firstCoupon);
  if (start > previous)
    return { start, end: firstCoupon, kind: 'short-first', quasi: [previous, firstCoupon] };
  const quasi = [firstCoupon, previous];
  let k = -2;
  for (;;) {
    const q = gridDate(rb, k);
    quasi.push(q);
    if (q <= start) break;
    k -= 1;
  }
  return { start, end: firstCoupon, kind: 'long-first', quasi: quasi.reverse() };
}

/** The odd final period from the last regular coupon date to maturity, with its notional dates. */
function finalPeriod(rb: ResolvedBond, lastCoupon: number): Period {
  const l = fromSerial(lastCoupon);
  const quasi = [lastCoupon];
  let q = lastCoupon;
  for (let j = 1; q < rb.maturity; j += 1) {
    q = addMonthsYmd(l.y, l.m, l.d, j * rb.months, rb.endOfMonth);
    quasi.push(q);
  }
  let kind: PeriodKind = 'long-last';
  if (quasi.length === 2) kind = q === rb.maturity ? 'regular' : 'short-last';
  return { start: lastCoupon, end: rb.maturity, kind, quasi };
}

/**
 * The coupon periods from the one containing `from` (start ≤ from < end) to maturity, at most `max` of them,
 * or the whole schedule when `from` is undefined (the caller checks that the start is known). Empty for a zero.
 */
export function buildPeriods(
  rb: ResolvedBond,
  from: number | undefined,
  max = Number.POSITIVE_INFINITY,
): Period[] {
  const out: Period[] = [];
  if (rb.frequency === 0) return out;
  const maturity = rb.maturity;
  const lastCoupon = rb.lastCoupon;
  // Settlement inside an odd final period: nothing else is left.
  if (lastCoupon !== undefined && from !== undefined && from >= lastCoupon)
    return [finalPeriod(rb, lastCoupon)];
  const lastRegular = lastCoupon ?? maturity;
  let k: number;
  if (rb.firstCoupon !== undefined) {
    const firstCoupon = rb.firstCoupon;
    if (from === undefined || from < firstCoupon) {
      out.push(firstPeriodForward(rb, firstCoupon));
      k = 0;
    } else {
      k = gridIndexAtOrBefore(rb, from);
    }
  } else {
    // Backward from the last regular date (grid date 0).
    const accrualStart = rb.accrualStart;
    const anchor = from ?? accrualStart;
    if (anchor === undefined) {
      // Callers check this first (couponSchedule asks for `from`); without a start the grid has no first period.
      throw new TerrapinAnalyticsError('invalid_bond', 'the start of the bond is unknown', {
        field: 'issueDate',
      });
    }
    k = gridIndexAtOrBefore(rb, anchor);
    if (accrualStart !== undefined) {
      const k0 = gridIndexAtOrBefore(rb, accrualStart);
      const firstEnd = gridDate(rb, k0 + 1);
      if (from === undefined || from < firstEnd) {
        const q0 = gridDate(rb, k0);
        out.push(
          q0 === accrualStart
            ? regular(accrualStart, firstEnd)
            : { start: accrualStart, end: firstEnd, kind: 'short-first', quasi: [q0, firstEnd] },
        );
        k = k0 + 1;
      }
    }
  }
  let start = gridDate(rb, k);
  while (start < lastRegular && out.length < max) {
    const next = gridDate(rb, k + 1);
    if (next <= lastRegular) out.push(regular(start, next));
    else out.push({ start, end: maturity, kind: 'short-last', quasi: [start, next] });
    k += 1;
    start = next;
  }
  if (lastCoupon !== undefined && out.length < max) out.push(finalPeriod(rb, lastCoupon));
  return out;
}

/**
 * The coupon period containing `s` (start ≤ s < end) of a coupon bond, for a settlement already checked to be
 * inside the bond's life, where one always exists.
 */
export function periodContaining(rb: ResolvedBond, s: number): Period {
  const [period] = buildPeriods(rb, s, 1);
  if (period === undefined) {
    throw new TerrapinAnalyticsError('invalid_input', `no coupon period contains ${formatSerial(s)}`, {
      field: 'settlement',
    });
  }
  return period;
}

/** The bond's accrual year fraction over [a, b] inside period p (ICMA sums over the notional periods). */
export function accrualFraction(rb: ResolvedBond, p: Period, a: number, b: number): number {
  if (b <= a) return 0;
  if (rb.conv === 'ACT/ACT ICMA') {
    let sum = 0;
    for (const [qs, qe] of neighbours(p.quasi)) {
      const lo = Math.max(a, qs);
      const hi = Math.min(b, qe);
      if (hi > lo) sum += (hi - lo) / (qe - qs);
    }
    return sum / rb.periodsPerYear;
  }
  return dayCountYearFraction(rb.conv, a, b, { termination: rb.maturity, endOfMonth: rb.endOfMonth });
}

/** Coupon paid for period p per 100 nominal: coupon/frequency when regular (street), else by the day count. */
export function periodCoupon(rb: ResolvedBond, p: Period): number {
  if (p.kind === 'regular') return rb.coupon / rb.periodsPerYear;
  return rb.coupon * accrualFraction(rb, p, p.start, p.end);
}

/** The 30/360 context of the bond's own dates: its maturity is the 30E/360 ISDA termination date. */
export function thirtyContext(rb: ResolvedBond): DayCountContext {
  return { termination: rb.maturity, endOfMonth: rb.endOfMonth };
}

/**
 * The part of the notional period [qs, qe] between a and b, in periods, as the street (SIA / Excel) formulas
 * measure it: a whole period counts 1; otherwise days / E with E = 360/f (30/360 family), 360/f (ACT/360),
 * 365/f (ACT/365F) or the actual length of the notional period (the ACT/ACT family). For the 30/360 family the
 * days to a period end are E − A, as Excel's COUPDAYSNC.
 */
export function periodPortion(rb: ResolvedBond, a: number, b: number, qs: number, qe: number): number {
  if (a === qs && b === qe) return 1;
  const f = rb.periodsPerYear;
  const conv = rb.conv;
  if (isThirty(conv)) {
    const e = 360 / f;
    const ctx = thirtyContext(rb);
    const toB = b === qe ? e : dayCountDays(conv, qs, b, ctx);
    const toA = a === qs ? 0 : dayCountDays(conv, qs, a, ctx);
    // Settling on the 31st before a payment on the 1st leaves 0 days of 30/360 (where Excel's YIELD has no
    // answer); actual days keep the time positive so price and yield stay defined.
    return toB > toA ? (toB - toA) / e : (b - a) / (qe - qs);
  }
  if (conv === 'ACT/360') return ((b - a) * f) / 360;
  if (conv === 'ACT/365F') return ((b - a) * f) / 365;
  return (b - a) / (qe - qs);
}
