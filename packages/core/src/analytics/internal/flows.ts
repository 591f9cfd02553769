/**
 * The cash flows left after a settlement date, with their times in (notional) coupon periods, as the street
 * price/yield formulas discount them. Built once per (bond, settlement); a yield solve then only does arithmetic.
 */
import { TerrapinAnalyticsError } from '../errors';
import { formatSerial, parseIsoDate } from './calendar';
import { dayCountDays, isThirty } from './day-count-math';
import {
  accrualFraction,
  buildPeriods,
  type Period,
  periodCoupon,
  periodPortion,
  thirtyContext,
} from './periods';
import { gridDate, gridIndexAtOrBefore, type ResolvedBond } from './resolve-bond';

export interface FlowContext {
  /** Amount per 100 nominal paid at each remaining date (last one includes redemption). */
  amounts: number[];
  /** Time of each amount from settlement, in compounding periods. */
  times: number[];
  /** times[i] - times[i-1] (times[0] for i = 0), exactly 1 between regular coupons. */
  steps: number[];
  /** Accrued interest at settlement per 100 nominal. */
  accrued: number;
  /** Compounding periods per year. */
  periodsPerYear: number;
  /** Street convention: one payment left, so price and yield use simple interest. */
  simple: boolean;
}

export function parseSettlement(rb: ResolvedBond, settlement: string): number {
  const s = parseIsoDate(settlement, 'settlement');
  if (s >= rb.maturity) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `settlement ${settlement} is on or after maturity ${formatSerial(rb.maturity)}: nothing is left to price`,
      { field: 'settlement' },
    );
  }
  if (rb.accrualStart !== undefined && s < rb.accrualStart) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `settlement ${settlement} is before the accrual start ${formatSerial(rb.accrualStart)} (accrualDate, else issueDate)`,
      { field: 'settlement' },
    );
  }
  return s;
}

/** A redemption before maturity (a call): the flows stop at `date` and pay `price` per 100 there. */
export interface EarlyRedemption {
  date: number;
  price: number;
}

/**
 * Ends the schedule at a call date: periods after it go, and a period it falls inside becomes a short last
 * period from its start to the call date (coupon accrued to the call is paid with the call price), measured
 * against the same notional dates, as ODDLPRICE measures an odd last period.
 */
function cutAt(periods: Period[], date: number): Period[] {
  const out: Period[] = [];
  for (const p of periods) {
    if (p.start >= date) break;
    if (p.end <= date) {
      out.push(p);
      continue;
    }
    const quasi: number[] = [];
    for (const q of p.quasi) {
      quasi.push(q);
      if (q >= date) break;
    }
    out.push({ start: p.start, end: date, kind: 'short-last', quasi });
    break;
  }
  return out;
}

export function buildFlows(
  rb: ResolvedBond,
  s: number,
  street: boolean,
  early?: EarlyRedemption,
): FlowContext {
  const ppy = rb.periodsPerYear;
  if (rb.frequency === 0) {
    // A zero: one flow, timed on the semi-annual notional grid back from maturity.
    const k = gridIndexAtOrBefore(rb, s);
    const qs = gridDate(rb, k);
    const qe = gridDate(rb, k + 1);
    const t = periodPortion(rb, s, qe, qs, qe) + (-k - 1);
    return {
      amounts: [rb.redemption],
      times: [t],
      steps: [t],
      accrued: 0,
      periodsPerYear: ppy,
      simple: street && k === -1,
    };
  }
  const all = buildPeriods(rb, s);
  const periods = early === undefined ? all : cutAt(all, early.date);
  const redemption = early === undefined ? rb.redemption : early.price;
  const n = periods.length;
  const amounts = new Array<number>(n);
  const times = new Array<number>(n);
  const steps = new Array<number>(n);
  let t = 0;
  let accrued = 0;
  for (let i = 0; i < n; i += 1) {
    const p = periods[i]!;
    if (i === 0) accrued = rb.coupon * accrualFraction(rb, p, p.start, s);
    let step = 0;
    if (i > 0 && p.kind === 'regular') {
      step = 1;
    } else if (i === 0 && p.kind === 'short-first' && isThirty(rb.conv)) {
      // Excel's ODDFPRICE counts DSC as DAYS360(settlement, first coupon), not E − DAYS360(notional start,
      // settlement): the two differ when the first coupon falls on the 31st and settlement is before the 30th.
      step = dayCountDays(rb.conv, s, p.end, thirtyContext(rb)) / (360 / ppy);
    } else {
      const from = i === 0 ? s : p.start;
      const q = p.quasi;
      for (let j = 0; j + 1 < q.length; j += 1) {
        const qs = q[j] as number;
        const qe = q[j + 1] as number;
        const lo = Math.max(from, qs);
        const hi = Math.min(p.end, qe);
        if (hi > lo) step += periodPortion(rb, lo, hi, qs, qe);
      }
    }
    t += step;
    steps[i] = step;
    amounts[i] = periodCoupon(rb, p) + (i === n - 1 ? redemption : 0);
    times[i] = t;
  }
  return { amounts, times, steps, accrued, periodsPerYear: ppy, simple: street && n === 1 };
}

/** Dirty price and its first two derivatives in the per-period rate x (= yield / 100 / periodsPerYear). */
export interface PriceDerivatives {
  price: number;
  d1: number;
  d2: number;
}

/** Dirty price at per-period rate x. */
export function dirtyAt(ctx: FlowContext, x: number): number {
  const { amounts, steps } = ctx;
  if (ctx.simple) return (amounts[0] as number) / (1 + x * (steps[0] as number));
  const base = 1 + x;
  const v = 1 / base;
  let df = base ** -(steps[0] as number);
  let sum = (amounts[0] as number) * df;
  for (let i = 1; i < amounts.length; i += 1) {
    const dt = steps[i] as number;
    df *= dt === 1 ? v : base ** -dt;
    sum += (amounts[i] as number) * df;
  }
  return sum;
}

/** Dirty price, dP/dx and d²P/dx² at per-period rate x. */
export function derivativesAt(ctx: FlowContext, x: number): PriceDerivatives {
  const { amounts, times, steps } = ctx;
  if (ctx.simple) {
    const k = amounts[0] as number;
    const t = times[0] as number;
    const den = 1 + x * t;
    const price = k / den;
    return { price, d1: (-k * t) / (den * den), d2: (2 * k * t * t) / (den * den * den) };
  }
  const base = 1 + x;
  const v = 1 / base;
  let df = base ** -(steps[0] as number);
  let price = 0;
  let st = 0;
  let stt = 0;
  for (let i = 0; i < amounts.length; i += 1) {
    const t = times[i] as number;
    if (i > 0) {
      const dt = steps[i] as number;
      df *= dt === 1 ? v : base ** -dt;
    }
    const pv = (amounts[i] as number) * df;
    price += pv;
    st += t * pv;
    stt += t * (t + 1) * pv;
  }
  return { price, d1: -st * v, d2: stt * v * v };
}
