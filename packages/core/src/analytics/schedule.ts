import type { Bond } from './bond';
import { TerrapinAnalyticsError } from './errors';
import { formatSerial, parseIsoDate } from './internal/calendar';
import { parseSettlement } from './internal/flows';
import { buildPeriods, type Period, periodContaining, periodCoupon } from './internal/periods';
import { type ResolvedBond, resolveBond } from './internal/resolve-bond';

/**
 * How a coupon period relates to the regular grid: `regular`; `short-first` / `long-first` (the first period is
 * shorter / longer than a regular one); `short-last` / `long-last` (the final period, from the last regular
 * date to a maturity off the grid).
 */
export type CouponPeriodKind = 'regular' | 'short-first' | 'long-first' | 'short-last' | 'long-last';

/** One coupon period. Dates are `YYYY-MM-DD`, unadjusted for business days. */
export interface CouponPeriod {
  /** Accrual start (the previous coupon date, or the accrual/issue date for the first period). */
  start: string;
  /** Accrual end, which is also the (unadjusted) payment date. */
  end: string;
  /** Regular or odd, see {@link CouponPeriodKind}. */
  kind: CouponPeriodKind;
  /**
   * Coupon paid per 100 nominal: coupon / frequency for a regular period (street convention), the day-count
   * accrual over the period for an odd one.
   */
  amount: number;
  /**
   * The notional (quasi) coupon dates that bracket the period, oldest first: `[start, end]` for a regular period,
   * the ICMA reference period(s) for an odd one.
   */
  referenceDates: string[];
}

/** Options of {@link couponSchedule}. */
export interface CouponScheduleOptions {
  /**
   * Start the schedule at the period containing this date (`YYYY-MM-DD`) instead of the first period. Needed
   * when the bond has no `issueDate`, `accrualDate` or `firstCouponDate` (the start of its life is unknown).
   */
  from?: string;
}

function toPublic(rb: ResolvedBond, p: Period): CouponPeriod {
  return {
    start: formatSerial(p.start),
    end: formatSerial(p.end),
    kind: p.kind,
    amount: periodCoupon(rb, p),
    referenceDates: p.quasi.map(formatSerial),
  };
}

/**
 * The coupon periods of a bullet bond, first to last. Regular dates roll backward from maturity (or from
 * `lastCouponDate`), or forward from `firstCouponDate` when given; the first period starts on `accrualDate`
 * (else `issueDate`), so a first period that is not a whole regular period comes out `short-first` or
 * `long-first`; a maturity off the forward grid, or after `lastCouponDate`, gives a `short-last` or
 * `long-last` period. End-of-month bonds keep month-end dates. A zero coupon has none.
 * @throws TerrapinAnalyticsError `invalid_bond` when the start of the bond's life is unknown and no `from` is
 *   given, or when the bond is inconsistent.
 * @example
 * couponSchedule({
 *   coupon: 5, frequency: 2, dayCount: '30/360',
 *   issueDate: '2024-03-01', maturity: '2026-06-15',
 * });
 * // [{ start: '2024-03-01', end: '2024-06-15', kind: 'short-first', amount: 1.4444…, … },
 * //  { start: '2024-06-15', end: '2024-12-15', kind: 'regular', amount: 2.5, … }, …]
 */
export function couponSchedule(bond: Bond, options?: CouponScheduleOptions): CouponPeriod[] {
  const rb = resolveBond(bond);
  let from: number | undefined;
  if (options?.from !== undefined) {
    from = parseIsoDate(options.from, 'from');
    if (rb.accrualStart !== undefined && from < rb.accrualStart) from = undefined;
    if (from !== undefined && from >= rb.maturity) return [];
  } else if (rb.accrualStart === undefined && rb.firstCoupon === undefined && rb.frequency !== 0) {
    // Without a start, the schedule would reach back forever.
    throw new TerrapinAnalyticsError(
      'invalid_bond',
      'couponSchedule: the start of the bond is unknown. Give the bond an issueDate, accrualDate or ' +
        "firstCouponDate, or pass { from: 'YYYY-MM-DD' } to start at the period containing that date.",
      { field: 'issueDate' },
    );
  }
  return buildPeriods(rb, from).map((p) => toPublic(rb, p));
}

function currentPeriod(bond: Bond, settlement: string, fn: string): Period {
  const rb = resolveBond(bond);
  if (rb.frequency === 0) {
    throw new TerrapinAnalyticsError('invalid_input', `${fn}: a zero-coupon bond has no coupon dates`, {
      field: 'frequency',
    });
  }
  const s = parseSettlement(rb, settlement);
  return periodContaining(rb, s);
}

/**
 * The start of the coupon period containing `settlement`: the last coupon date on or before it, or the accrual
 * start while in the first period. A settlement on a coupon date returns that date.
 * @throws TerrapinAnalyticsError `invalid_input` for a zero coupon or a settlement outside the bond's life.
 * @example
 * previousCouponDate({ coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' }, '2008-02-15');
 * // '2007-11-15'
 */
export function previousCouponDate(bond: Bond, settlement: string): string {
  return formatSerial(currentPeriod(bond, settlement, 'previousCouponDate').start);
}

/**
 * The first coupon date strictly after `settlement` (maturity in the last period).
 * @throws TerrapinAnalyticsError `invalid_input` for a zero coupon or a settlement outside the bond's life.
 * @example
 * nextCouponDate({ coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' }, '2008-02-15');
 * // '2008-05-15'
 */
export function nextCouponDate(bond: Bond, settlement: string): string {
  return formatSerial(currentPeriod(bond, settlement, 'nextCouponDate').end);
}
