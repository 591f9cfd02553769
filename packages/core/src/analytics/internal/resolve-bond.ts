/** Validates a {@link Bond} once and turns it into serials, so the period and pricing code does no parsing. */
import type { Bond } from '../bond';
import { type DayCountConvention, resolveDayCount } from '../day-count-names';
import { TerrapinAnalyticsError } from '../errors';
import { addMonthsYmd, describeValue, fromSerial, isEndOfMonth, parseIsoDate } from './calendar';

export interface ResolvedBond {
  /** Coupon, percent per year. */
  coupon: number;
  /** Coupons per year (0 for a zero). */
  frequency: number;
  /** Compounding periods per year for yields: the coupon frequency, 2 for a zero. */
  periodsPerYear: number;
  /** Months per regular period. */
  months: number;
  maturity: number;
  redemption: number;
  conv: DayCountConvention;
  endOfMonth: boolean;
  /** True when the grid is anchored on the first coupon date (rolls forward), else on the last regular date. */
  forward: boolean;
  firstCoupon: number | undefined;
  /** Last regular coupon date before an odd final period. */
  lastCoupon: number | undefined;
  accrualStart: number | undefined;
  anchorY: number;
  anchorM: number;
  anchorD: number;
}

const FREQUENCIES = new Set([0, 1, 2, 3, 4, 6, 12]);

function invalid(message: string, field: string): TerrapinAnalyticsError {
  return new TerrapinAnalyticsError('invalid_bond', message, { field });
}

function optionalDate(value: string | null | undefined, field: string): number | undefined {
  return value === undefined || value === null ? undefined : parseIsoDate(value, field);
}

export function resolveBond(bond: Bond): ResolvedBond {
  if (typeof bond !== 'object' || bond === null) {
    throw invalid(
      `Expected a bond { coupon, frequency, maturity, dayCount }, got ${describeValue(bond)}`,
      'bond',
    );
  }
  const { coupon, frequency } = bond;
  if (typeof coupon !== 'number' || !Number.isFinite(coupon) || coupon < 0) {
    throw invalid(
      `bond.coupon must be a finite, non-negative percentage (5.75 = 5.75%), got ${describeValue(coupon)}`,
      'coupon',
    );
  }
  if (!FREQUENCIES.has(frequency)) {
    throw invalid(
      `bond.frequency must be 1, 2, 3, 4, 6 or 12 coupons per year (0 for a zero coupon), got ${describeValue(frequency)}`,
      'frequency',
    );
  }
  if (frequency === 0 && coupon !== 0) {
    throw invalid(
      `bond.frequency is 0 (zero coupon) but bond.coupon is ${coupon}; give the coupon frequency`,
      'frequency',
    );
  }
  const redemption = bond.redemption ?? 100;
  if (typeof redemption !== 'number' || !Number.isFinite(redemption) || redemption <= 0) {
    throw invalid(
      `bond.redemption must be a positive amount per 100 nominal, got ${describeValue(redemption)}`,
      'redemption',
    );
  }
  const conv = resolveDayCount(bond.dayCount);
  const maturity = parseIsoDate(bond.maturity, 'maturity');
  const issue = optionalDate(bond.issueDate, 'issueDate');
  const accrual = optionalDate(bond.accrualDate, 'accrualDate') ?? issue;
  const firstCoupon = frequency === 0 ? undefined : optionalDate(bond.firstCouponDate, 'firstCouponDate');
  if (firstCoupon !== undefined && firstCoupon > maturity) {
    throw invalid('bond.firstCouponDate is after bond.maturity', 'firstCouponDate');
  }
  const lastCoupon = frequency === 0 ? undefined : optionalDate(bond.lastCouponDate, 'lastCouponDate');
  if (lastCoupon !== undefined && lastCoupon >= maturity) {
    throw invalid('bond.lastCouponDate must be before bond.maturity', 'lastCouponDate');
  }
  if (lastCoupon !== undefined && firstCoupon !== undefined && lastCoupon < firstCoupon) {
    throw invalid('bond.lastCouponDate is before bond.firstCouponDate', 'lastCouponDate');
  }
  if (lastCoupon !== undefined && accrual !== undefined && accrual >= lastCoupon) {
    throw invalid(
      'the accrual start (accrualDate, else issueDate) must be before lastCouponDate',
      'accrualDate',
    );
  }
  if (accrual !== undefined && accrual >= maturity) {
    throw invalid('the accrual start (accrualDate, else issueDate) must be before maturity', 'accrualDate');
  }
  if (accrual !== undefined && firstCoupon !== undefined && accrual >= firstCoupon) {
    throw invalid(
      'the accrual start (accrualDate, else issueDate) must be before firstCouponDate',
      'accrualDate',
    );
  }
  const periodsPerYear = frequency === 0 ? 2 : frequency;
  const forward = firstCoupon !== undefined;
  const lastRegular = lastCoupon ?? maturity;
  const anchor = firstCoupon ?? lastRegular;
  const endOfMonth = bond.endOfMonth ?? (isEndOfMonth(anchor) && isEndOfMonth(lastRegular));
  const a = fromSerial(anchor);
  const resolved: ResolvedBond = {
    coupon,
    frequency,
    periodsPerYear,
    months: 12 / periodsPerYear,
    maturity,
    redemption,
    conv,
    endOfMonth,
    forward,
    firstCoupon,
    lastCoupon,
    accrualStart: accrual,
    anchorY: a.y,
    anchorM: a.m,
    anchorD: a.d,
  };
  if (
    forward &&
    lastCoupon !== undefined &&
    gridDate(resolved, gridIndexAtOrBefore(resolved, lastCoupon)) !== lastCoupon
  ) {
    throw invalid(
      'bond.lastCouponDate is not a regular coupon date counted from bond.firstCouponDate',
      'lastCouponDate',
    );
  }
  return resolved;
}

/** The k-th regular (notional) coupon date of the grid; k = 0 is the anchor. */
export function gridDate(rb: ResolvedBond, k: number): number {
  return addMonthsYmd(rb.anchorY, rb.anchorM, rb.anchorD, k * rb.months, rb.endOfMonth);
}

/** The largest k with gridDate(k) ≤ serial. */
export function gridIndexAtOrBefore(rb: ResolvedBond, serial: number): number {
  const p = fromSerial(serial);
  let k = Math.floor(((p.y - rb.anchorY) * 12 + (p.m - rb.anchorM)) / rb.months);
  while (gridDate(rb, k) > serial) k -= 1;
  while (gridDate(rb, k + 1) <= serial) k += 1;
  return k;
}
