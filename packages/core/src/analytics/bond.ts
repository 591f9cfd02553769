import type { DayCountName } from './day-count-names';

/** Coupons per year: annual, semi-annual, every four months, quarterly, every two months, monthly; 0 = zero coupon. */
export type CouponFrequency = 0 | 1 | 2 | 3 | 4 | 6 | 12;

/**
 * A fixed-coupon bullet bond, in the API's units. Build one from a reference record with
 * {@link bondFromReference}, or by hand.
 *
 * Scope: bullets only (one redemption at maturity, fixed coupon). Callables, sinking funds, floaters and
 * capital-appreciation bonds are out of scope; for municipal bonds call the API's `muni_price_to_yield`.
 * Dates are unadjusted (no business-day calendar): coupon dates roll on the calendar.
 * @example
 * const bond: Bond = { coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' };
 */
export interface Bond {
  /** Annual coupon rate in percent (`5.75` = 5.75%). `0` for a zero-coupon bond. */
  coupon: number;
  /** Coupons per year (1, 2, 3, 4, 6 or 12), or 0 for a zero-coupon bond (priced with semi-annual compounding). */
  frequency: CouponFrequency;
  /** Maturity (redemption) date, `YYYY-MM-DD`. */
  maturity: string;
  /**
   * Day count as the data names it (`interest_accrual_convention`: `'30/360'`, `'act/act (ICMA)'`…) or a
   * canonical {@link DayCountConvention}.
   */
  dayCount: DayCountName;
  /**
   * Amount repaid at maturity per 100 nominal.
   * @default 100
   */
  redemption?: number;
  /** Issue date; the accrual start when `accrualDate` is absent. */
  issueDate?: string | null;
  /**
   * First coupon payment date. When given, regular coupon dates roll forward from it (so an odd period falls at
   * the end); otherwise they roll backward from maturity (so an odd period falls at the start).
   */
  firstCouponDate?: string | null;
  /**
   * Last regular coupon date before maturity, for a bond whose final period is odd (Excel ODDLPRICE's
   * `last_interest`): the final period runs from it to maturity, short or long. Regular dates then roll
   * backward from it (or forward from `firstCouponDate`, which must land on it).
   */
  lastCouponDate?: string | null;
  /** Date interest starts accruing (the API's `interest_accrual_date`); defaults to `issueDate`. */
  accrualDate?: string | null;
  /**
   * Coupon dates fall on month ends (e.g. a 28 February maturity pays on 31 August). Also turns on the February
   * rule of 30/360 US.
   * @default true when the grid's anchor (first coupon date, else last coupon date, else maturity) is a month
   *   end, and so is the last regular date (last coupon date, else maturity) when rolling forward
   */
  endOfMonth?: boolean;
}
