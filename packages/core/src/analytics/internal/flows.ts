/**
 * The cash flows left after a settlement date, with their times in (notional) coupon periods, as the street
 * price/yield formulas discount them. Built once per (bond, settlement); a yield solve then only does arithmetic.
 */
import { TerrapinAnalyticsError } from '../errors';
import { formatSerial, parseIsoDate } from './calendar';
import { dayCountDays, isThirty } from './day-count-math';
import { isNonEmpty, type NonEmpty, neighbours } from './lists';
import {
  accrualFraction,
  buildPeriods,
  type Period,
  periodCoupon,
  periodPortion,
  thirtyContext,
} from './periods';
import { gridDate, gridIndexAtOrBefore, type ResolvedBond } from './resolve-bond';

/** One remaining payment. */
export interface Flow {
  /** Amount per 100 nominal paid on the date (the last one includes redemption). */
  amount: number;
  /** Time of the payment from settlement, in compounding periods. */
  time: number;
  /** time minus the previous payment's time (time itself for the first), exactly 1 between regular coupons. */
  step: number;
}

export interface FlowContext {
  /** The payments left after settlement, in date order; never empty since settlement is before maturity. */
  flows: NonEmpty<Flow>;
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

/** Length of period `p` (the i-th left, settlement `s` inside the first) in compounding periods. */
function stepOf(rb: ResolvedBond, p: Period, i: number, s: number): number {
  if (i > 0 && p.kind === 'regular') return 1;
  if (i === 0 && p.kind === 'short-first' && isThirty(rb.conv)) {
    // Excel's ODDFPRICE counts DSC as DAYS360(settlement, first coupon), not E − DAYS360(notional start,
    // settlement): the two differ when the first coupon falls on the 31st and settlement is before the 30th.
    return dayCountDays(rb.conv, s, p.end, thirtyContext(rb)) / (360 / rb.periodsPerYear);
  }
  const from = i === 0 ? s : p.start;
  let step = 0;
  for (const [qs, qe] of neighbours(p.quasi)) {
    const lo = Math.max(from, qs);
    const hi = Math.min(p.end, qe);
    if (hi > lo) step += periodPortion(rb, lo, hi, qs, qe);
  }
  return step;
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
      flows: [{ amount: rb.redemption, time: t, step: t }],
      accrued: 0,
      periodsPerYear: ppy,
      simple: street && k === -1,
    };
  }
  const all = buildPeriods(rb, s);
  const periods = early === undefined ? all : cutAt(all, early.date);
  const redemption = early === undefined ? rb.redemption : early.price;
  if (!isNonEmpty(periods)) {
    // parseSettlement keeps settlement before maturity and callers keep a call after it, so a period is left.
    throw new TerrapinAnalyticsError('invalid_input', `no payment is left after ${formatSerial(s)}`, {
      field: 'settlement',
    });
  }
  const n = periods.length;
  const [first, ...rest] = periods;
  const accrued = rb.coupon * accrualFraction(rb, first, first.start, s);
  let t = 0;
  const flowOf = (p: Period, i: number): Flow => {
    const step = stepOf(rb, p, i, s);
    t += step;
    return { amount: periodCoupon(rb, p) + (i === n - 1 ? redemption : 0), time: t, step };
  };
  // Evaluated in date order, so `t` accumulates the steps as the periods come.
  const flows: NonEmpty<Flow> = [flowOf(first, 0), ...rest.map((p, j) => flowOf(p, j + 1))];
  return { flows, accrued, periodsPerYear: ppy, simple: street && n === 1 };
}

/** Dirty price and its first two derivatives in the per-period rate x (= yield / 100 / periodsPerYear). */
export interface PriceDerivatives {
  price: number;
  d1: number;
  d2: number;
}

/** Dirty price at per-period rate x. */
export function dirtyAt(ctx: FlowContext, x: number): number {
  const { flows } = ctx;
  if (ctx.simple) return flows[0].amount / (1 + x * flows[0].step);
  const base = 1 + x;
  const v = 1 / base;
  let df = 1;
  let sum = 0;
  let first = true;
  for (const { amount, step } of flows) {
    df = first ? base ** -step : df * (step === 1 ? v : base ** -step);
    first = false;
    sum += amount * df;
  }
  return sum;
}

/** Dirty price, dP/dx and d²P/dx² at per-period rate x. */
export function derivativesAt(ctx: FlowContext, x: number): PriceDerivatives {
  const { flows } = ctx;
  if (ctx.simple) {
    const k = flows[0].amount;
    const t = flows[0].time;
    const den = 1 + x * t;
    const price = k / den;
    return { price, d1: (-k * t) / (den * den), d2: (2 * k * t * t) / (den * den * den) };
  }
  const base = 1 + x;
  const v = 1 / base;
  let df = 1;
  let price = 0;
  let st = 0;
  let stt = 0;
  let first = true;
  for (const { amount, time: t, step } of flows) {
    df = first ? base ** -step : df * (step === 1 ? v : base ** -step);
    first = false;
    const pv = amount * df;
    price += pv;
    st += t * pv;
    stt += t * (t + 1) * pv;
  }
  return { price, d1: -st * v, d2: stt * v * v };
}
