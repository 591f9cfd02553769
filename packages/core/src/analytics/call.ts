import type { Bond } from './bond';
import { TerrapinAnalyticsError } from './errors';
import { describeValue, formatSerial, parseIsoDate } from './internal/calendar';
import { buildFlows, type FlowContext, parseSettlement } from './internal/flows';
import { prepareQuote, solveQuote, targetDirty } from './internal/quote';
import { type ResolvedBond, resolveBond } from './internal/resolve-bond';
import type { PriceYieldOptions } from './price-yield';

/** One date on which the issuer may redeem the bond early, and what it pays then. */
export interface CallOption {
  /** Call date, `YYYY-MM-DD`. */
  date: string;
  /**
   * Call price per 100 nominal (`100` = par, `102` = 2 points of premium), paid with the coupon accrued to the
   * call date.
   * @default 100
   */
  price?: number;
}

/** What {@link yieldToWorst} returns: the lowest yield and the redemption it assumes. */
export interface YieldToWorst {
  /** The lowest of the yields to each call and to maturity, percent. */
  yield: number;
  /** `'call'` when a call gives the worst yield, `'maturity'` when holding to maturity does. */
  to: 'call' | 'maturity';
  /** The redemption date that gives it, `YYYY-MM-DD`. */
  date: string;
  /** The redemption price per 100 nominal at that date. */
  price: number;
  /** Yield to maturity, percent, for comparison. */
  yieldToMaturity: number;
}

function callPrice(call: CallOption, field: string): number {
  const price = call.price ?? 100;
  if (typeof price !== 'number' || !Number.isFinite(price) || price <= 0) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `${field}.price must be a positive call price per 100 nominal, got ${describeValue(price)}`,
      { field: `${field}.price` },
    );
  }
  return price;
}

/** The flows to a call on `date` (serial, after settlement and before maturity) at `price`. */
function flowsToCall(bond: Bond, rb: ResolvedBond, s: number, date: number, price: number, street: boolean) {
  if (rb.frequency === 0) {
    // A zero has no coupon grid to keep: it is a zero maturing on the call date at the call price.
    const zero = resolveBond({ ...bond, maturity: formatSerial(date), redemption: price });
    return { rb: zero, ctx: buildFlows(zero, s, street) };
  }
  return { rb: { ...rb, redemption: price }, ctx: buildFlows(rb, s, street, { date, price }) };
}

function solve(rb: ResolvedBond, ctx: FlowContext, price: number, dirty: boolean): number {
  return solveQuote(ctx, rb, targetDirty(ctx, price, dirty)) * ctx.periodsPerYear * 100;
}

/**
 * Yield to call in percent: the yield to maturity of the bond as if it were redeemed on the call date at the
 * call price, under the street convention. The coupon dates stay the bond's own; a call on a coupon date is
 * exactly Excel's `YIELD(settlement, call date, coupon, price, call price, frequency, basis)`, and a call between
 * coupon dates ends in a short last period (the coupon accrued to the call is paid with the call price), as
 * Excel's ODDLYIELD. A call on or after maturity is a redemption at maturity at the call price.
 * @param price - Clean price per 100 nominal (full price with `{ dirty: true }`).
 * @param call - The call date and price (par when `price` is omitted).
 * @throws TerrapinAnalyticsError `invalid_input` for a call on or before settlement, a non-positive price or
 *   call price; the errors of {@link yieldFromPrice} for a bad bond or settlement.
 * @example
 * // 10% semi-annual, 15 years left, callable in 10 years at 105, priced at 115 (a CFA practice question):
 * const bond = { coupon: 10, frequency: 2, maturity: '2040-06-15', dayCount: '30/360' } as const;
 * yieldToCall(bond, 115, '2025-06-15', { date: '2035-06-15', price: 105 }); // 8.1151… (answer: 8.12%)
 */
export function yieldToCall(
  bond: Bond,
  price: number,
  settlement: string,
  call: CallOption,
  options?: PriceYieldOptions,
): number {
  const { rb } = prepareQuote(bond, settlement, options);
  const s = parseSettlement(rb, settlement);
  if (typeof call !== 'object' || call === null) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `call must be { date, price }, got ${describeValue(call)}`,
      {
        field: 'call',
      },
    );
  }
  const date = parseIsoDate(call.date, 'call.date');
  if (date <= s) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `call.date ${call.date} is on or before settlement ${settlement}: a past call cannot be a redemption`,
      { field: 'call.date' },
    );
  }
  const redemption = callPrice(call, 'call');
  const street = (options?.convention ?? 'street') === 'street';
  const target = Math.min(date, rb.maturity);
  const q = flowsToCall(bond, rb, s, target, redemption, street);
  return solve(q.rb, q.ctx, price, options?.dirty === true);
}

/**
 * Yield to worst in percent: the lowest of the yield to maturity and the yields to each call after settlement
 * (see {@link yieldToCall}), with the redemption that gives it. Calls on or before settlement are skipped; for
 * a call window at one price (callable any day from a date, e.g. a municipal bond's periodic call), pass its
 * first and last dates: at a fixed call price the yield is monotonic in the call date, so the worst is at an end.
 * @param calls - The call schedule, e.g. from {@link callScheduleFromReference}; may be empty.
 * @throws TerrapinAnalyticsError as {@link yieldToCall}.
 * @example
 * const bond = { coupon: 10, frequency: 2, maturity: '2040-06-15', dayCount: '30/360' } as const;
 * yieldToWorst(bond, 115, '2025-06-15', [{ date: '2035-06-15', price: 105 }]);
 * // { yield: 8.1151…, to: 'call', date: '2035-06-15', price: 105, yieldToMaturity: 8.2398… }
 */
export function yieldToWorst(
  bond: Bond,
  price: number,
  settlement: string,
  calls: readonly CallOption[],
  options?: PriceYieldOptions,
): YieldToWorst {
  const { rb, ctx } = prepareQuote(bond, settlement, options);
  const s = parseSettlement(rb, settlement);
  const dirty = options?.dirty === true;
  const street = (options?.convention ?? 'street') === 'street';
  const ytm = solve(rb, ctx, price, dirty);
  let worst: YieldToWorst = {
    yield: ytm,
    to: 'maturity',
    date: formatSerial(rb.maturity),
    price: rb.redemption,
    yieldToMaturity: ytm,
  };
  if (!Array.isArray(calls)) {
    throw new TerrapinAnalyticsError('invalid_input', `calls must be an array, got ${describeValue(calls)}`, {
      field: 'calls',
    });
  }
  calls.forEach((call, i) => {
    const field = `calls[${i}]`;
    const date = parseIsoDate(call?.date, `${field}.date`);
    const redemption = callPrice(call, field);
    if (date <= s || date >= rb.maturity) return;
    const q = flowsToCall(bond, rb, s, date, redemption, street);
    const y = solve(q.rb, q.ctx, price, dirty);
    if (y < worst.yield)
      worst = { yield: y, to: 'call', date: formatSerial(date), price: redemption, yieldToMaturity: ytm };
  });
  return worst;
}
