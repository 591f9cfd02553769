/**
 * Bond arithmetic next to the data: day counts as the API names them, coupon schedules, accrued interest,
 * clean ↔ dirty, price ↔ yield under the street (SIA / Excel) convention, durations, convexity, DV01 and cash
 * flows, for fixed-coupon bullets. Pure functions with no HTTP import: safe in any runtime, costs no quota.
 *
 * Units follow the API: rates, coupons and yields in percent (5.75 = 5.75%), prices per 100 nominal, dates as
 * `YYYY-MM-DD` strings. Callable bonds get yield to call and yield to worst (redemption at a call date and
 * price); out of scope: sinking funds, floaters, capital-appreciation bonds; for municipal bond prices call the
 * API's `muni_price_to_yield`.
 * @packageDocumentation
 */
export { accruedInterest, cleanToDirty, dirtyToClean } from './accrued';
export type { Bond, CouponFrequency } from './bond';
export { type CallOption, type YieldToWorst, yieldToCall, yieldToWorst } from './call';
export { type CallReferenceLike, callScheduleFromReference } from './call-schedule';
export { type CashFlow, cashflowSchedule } from './cashflows';
export { type AddMonthsOptions, addMonths, daysBetween, isEndOfMonth, isIsoDate } from './dates';
export { type DayCountOptions, dayCount, dayCountFraction } from './day-count';
export {
  DAY_COUNT_CONVENTIONS,
  type DayCountConvention,
  type DayCountName,
  resolveDayCount,
} from './day-count-names';
export { type AnalyticsErrorCode, TerrapinAnalyticsError } from './errors';
export { type BondFromReferenceOptions, type BondReferenceLike, bondFromReference } from './from-reference';
export { type PriceYieldOptions, priceFromYield, type YieldConvention, yieldFromPrice } from './price-yield';
export {
  type BondMetrics,
  type BondQuote,
  bondMetrics,
  convexity,
  dv01,
  macaulayDuration,
  modifiedDuration,
  type RiskOptions,
} from './risk';
export {
  type CouponPeriod,
  type CouponPeriodKind,
  type CouponScheduleOptions,
  couponSchedule,
  nextCouponDate,
  previousCouponDate,
} from './schedule';
