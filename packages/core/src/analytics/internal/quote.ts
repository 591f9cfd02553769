/** Shared steps of every quote-based function: validate, build the flows once, map yields to rates. */
import type { Bond } from '../bond';
import { TerrapinAnalyticsError } from '../errors';
import type { PriceYieldOptions } from '../price-yield-options';
import { describeValue } from './calendar';
import { buildFlows, type FlowContext, parseSettlement } from './flows';
import { lastOf } from './lists';
import { type ResolvedBond, resolveBond } from './resolve-bond';
import { solveRate } from './solve';

/** Everything a quote needs, built once: the bond, its flows after settlement and the chosen convention. */
export interface Quote {
  rb: ResolvedBond;
  ctx: FlowContext;
}

export function prepareQuote(bond: Bond, settlement: string, options: PriceYieldOptions | undefined): Quote {
  const convention = options?.convention ?? 'street';
  if (convention !== 'street' && convention !== 'compounded') {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `convention must be 'street' or 'compounded', got ${describeValue(convention)}`,
      { field: 'convention' },
    );
  }
  const rb = resolveBond(bond);
  const s = parseSettlement(rb, settlement);
  return { rb, ctx: buildFlows(rb, s, convention === 'street') };
}

/** Per-period rate x for a yield in percent (any value: it is checked), inside the formula's domain. */
export function rateFromYield(ctx: FlowContext, yieldPct: unknown): number {
  if (typeof yieldPct !== 'number' || !Number.isFinite(yieldPct)) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `yield must be a finite percentage, got ${describeValue(yieldPct)}`,
      {
        field: 'yield',
      },
    );
  }
  const x = yieldPct / 100 / ctx.periodsPerYear;
  const base = ctx.simple ? 1 + x * ctx.flows[0].time : 1 + x;
  if (!(base > 0)) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `yield ${yieldPct}% is below the lowest yield the discount factor allows ` +
        `(${(-100 * ctx.periodsPerYear).toString()}% at this frequency)`,
      { field: 'yield' },
    );
  }
  return x;
}

/** The dirty price a quote stands for (any value: it is checked to be a sane price). */
export function targetDirty(ctx: FlowContext, price: unknown, dirty: boolean): number {
  if (typeof price !== 'number' || !Number.isFinite(price) || price <= 0) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `price must be a positive, finite number per 100 nominal, got ${describeValue(price)}`,
      { field: 'price' },
    );
  }
  const target = dirty ? price : price + ctx.accrued;
  if (!(target > 0)) {
    throw new TerrapinAnalyticsError('invalid_input', `the dirty price ${target} is not positive`, {
      field: 'price',
    });
  }
  return target;
}

/** Per-period rate for a dirty price, with a current-yield style first guess. */
export function solveQuote(ctx: FlowContext, rb: ResolvedBond, target: number): number {
  const years = lastOf(ctx.flows).time / ctx.periodsPerYear;
  if (!(years > 0)) {
    // Found by the property suite: a 30/360 bond settling on the 30th and maturing on the 31st has no time left
    // in its day count, so the price does not depend on the yield (Excel's YIELD answers #DIV/0! there).
    throw new TerrapinAnalyticsError(
      'invalid_input',
      'settlement is 0 days before maturity in the bond’s day count (e.g. the 30th to the 31st under 30/360): ' +
        'every yield gives the same price, so there is no yield to solve for',
      { field: 'settlement' },
    );
  }
  const clean = target - ctx.accrued;
  const approx =
    (rb.coupon + (rb.redemption - clean) / Math.max(years, 0.25)) / ((rb.redemption + clean) / 2);
  return solveRate(
    ctx,
    target,
    Number.isFinite(approx) ? approx / ctx.periodsPerYear : 0.05 / ctx.periodsPerYear,
  );
}
