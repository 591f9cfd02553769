import type { Bond } from './bond';
import { dirtyAt } from './internal/flows';
import { prepareQuote, rateFromYield, solveQuote, targetDirty } from './internal/quote';
import type { PriceYieldOptions } from './price-yield-options';

export type { PriceYieldOptions, YieldConvention } from './price-yield-options';

/**
 * Price per 100 nominal from a yield, for a fixed-coupon bullet under the street (SIA / Excel PRICE)
 * convention: clean by default, full with `{ dirty: true }`. Odd first and last coupons are priced as Excel's
 * ODDFPRICE / ODDLPRICE do, from the schedule.
 * @param yieldPct - Yield to maturity in percent (6.5 = 6.5%), compounded at the coupon frequency.
 * @param settlement - Settlement date `YYYY-MM-DD`, before maturity.
 * @throws TerrapinAnalyticsError `invalid_input` (settlement on/after maturity, NaN yield…), `invalid_bond`.
 * @example
 * const bond = { coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' } as const;
 * priceFromYield(bond, 6.5, '2008-02-15'); // 94.6343616213221 (the Excel PRICE example)
 * priceFromYield(bond, 6.5, '2008-02-15', { dirty: true }); // 96.0718616213221
 */
export function priceFromYield(
  bond: Bond,
  yieldPct: number,
  settlement: string,
  options?: PriceYieldOptions,
): number {
  const { ctx } = prepareQuote(bond, settlement, options);
  const dirty = dirtyAt(ctx, rateFromYield(ctx, yieldPct));
  return options?.dirty === true ? dirty : dirty - ctx.accrued;
}

/**
 * Yield to maturity in percent from a price per 100 nominal (clean by default, full with `{ dirty: true }`),
 * under the street (SIA / Excel YIELD) convention. Solved by Newton's method inside a shrinking bracket with a
 * bisection fallback, so it converges for every positive price; with one payment left it is closed-form.
 * @throws TerrapinAnalyticsError `invalid_input` for a price that is not positive and finite, or a settlement on
 *   or after maturity.
 * @example
 * const bond = { coupon: 5.75, frequency: 2, maturity: '2016-11-15', dayCount: '30/360' } as const;
 * yieldFromPrice(bond, 95.04287, '2008-02-15'); // 6.50000068807314 (the Excel YIELD example)
 */
export function yieldFromPrice(
  bond: Bond,
  price: number,
  settlement: string,
  options?: PriceYieldOptions,
): number {
  const { rb, ctx } = prepareQuote(bond, settlement, options);
  const target = targetDirty(ctx, price, options?.dirty === true);
  return solveQuote(ctx, rb, target) * ctx.periodsPerYear * 100;
}
