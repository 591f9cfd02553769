// The options type lives apart from the functions so internal/quote.ts can take it without importing them back.
/**
 * How a yield turns into a price.
 * - `street`: the SIA / Excel PRICE–YIELD convention. Yield compounds at the coupon frequency (semi-annual for a
 *   zero); the fraction to the next coupon is days / days-in-period by the bond's day count; and with one
 *   payment or less left (settlement in the last coupon period) price and yield use simple interest:
 *   `dirty = (redemption + last coupon) / (1 + y/f × t)`.
 * - `compounded`: the same, but compounding to the end (no simple-interest last period), as ICMA/ISMA yields
 *   for Eurobonds.
 */
export type YieldConvention = 'street' | 'compounded';

/** Options of `priceFromYield` and `yieldFromPrice`. */
export interface PriceYieldOptions {
  /**
   * The price is the full (dirty, invoice) price, accrued interest included: returned by
   * `priceFromYield`, taken by `yieldFromPrice`.
   * @default false (clean, quoted price)
   */
  dirty?: boolean;
  /**
   * Yield convention.
   * @default 'street'
   */
  convention?: YieldConvention;
}
