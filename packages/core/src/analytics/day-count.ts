import { type DayCountName, resolveDayCount } from './day-count-names';
import { TerrapinAnalyticsError } from './errors';
import { parseIsoDate } from './internal/calendar';
import { type DayCountContext, dayCountDays, dayCountYearFraction } from './internal/day-count-math';

/** Context that some conventions need; the others ignore it. Dates are `YYYY-MM-DD`. */
export interface DayCountOptions {
  /**
   * ACT/ACT ICMA: start of the regular (notional) coupon period the accrual belongs to. With
   * `referenceEnd`, takes precedence over `frequency`.
   */
  referenceStart?: string;
  /** ACT/ACT ICMA: end of that reference period. */
  referenceEnd?: string;
  /**
   * ACT/ACT ICMA without a reference period: coupons per year (1, 2, 3, 4, 6 or 12); notional periods then
   * roll forward from `start`, which is taken to be a coupon date.
   */
  frequency?: number;
  /**
   * 30E/360 ISDA: the termination (maturity) date. A last day of February that is the termination date is not
   * moved to the 30th.
   * @default undefined (no end date is the termination date)
   */
  terminationDate?: string;
  /**
   * 30/360 US: the security pays coupons on month ends, which turns on the February rule (the last day of
   * February counts as the 30th). Bond functions derive it from the schedule.
   * @default false (the ISDA 2006 bond-basis examples)
   */
  endOfMonth?: boolean;
}

const FREQUENCIES = new Set([1, 2, 3, 4, 6, 12]);

function toContext(options: DayCountOptions | undefined): DayCountContext {
  if (options === undefined) return {};
  const ctx: DayCountContext = { endOfMonth: options.endOfMonth === true };
  if (options.referenceStart !== undefined || options.referenceEnd !== undefined) {
    ctx.refStart = parseIsoDate(options.referenceStart, 'referenceStart');
    ctx.refEnd = parseIsoDate(options.referenceEnd, 'referenceEnd');
  }
  if (options.frequency !== undefined) {
    if (!FREQUENCIES.has(options.frequency)) {
      throw new TerrapinAnalyticsError(
        'invalid_input',
        `frequency must be 1, 2, 3, 4, 6 or 12 coupons per year, got ${String(options.frequency)}`,
        { field: 'frequency' },
      );
    }
    ctx.frequency = options.frequency;
  }
  if (options.terminationDate !== undefined) {
    ctx.termination = parseIsoDate(options.terminationDate, 'terminationDate');
  }
  return ctx;
}

/**
 * The year fraction between two dates under a day count, as used for accrued interest. Negative when `end` is
 * before `start`.
 * @param dayCount - A name as the data writes it (`'30/360'`, `'act/act (ICMA)'`…) or a canonical
 *   {@link DayCountConvention}.
 * @throws TerrapinAnalyticsError `unknown_day_count`, `invalid_date`, or `missing_option` for ACT/ACT ICMA
 *   without a reference period or frequency.
 * @example
 * dayCountFraction('act/act (ISDA)', '2003-11-01', '2004-05-01'); // 0.497724380567...
 * dayCountFraction('act/act (ICMA)', '2003-11-01', '2004-05-01', {
 *   referenceStart: '2003-11-01',
 *   referenceEnd: '2004-05-01',
 * }); // 0.5
 * dayCountFraction('30E/360 ISDA', '2007-02-28', '2008-02-29', { terminationDate: '2008-02-29' }); // 359 / 360
 */
export function dayCountFraction(
  dayCount: DayCountName,
  start: string,
  end: string,
  options?: DayCountOptions,
): number {
  const conv = resolveDayCount(dayCount);
  const s = parseIsoDate(start, 'start');
  const e = parseIsoDate(end, 'end');
  return dayCountYearFraction(conv, s, e, toContext(options));
}

/**
 * The number of days between two dates as the convention counts them: the 30/360 day number for the 30/360
 * family, actual calendar days for the ACT family. Negative when `end` is before `start`.
 * @throws TerrapinAnalyticsError `unknown_day_count` or `invalid_date`.
 * @example
 * dayCount('30/360', '2006-08-31', '2007-02-28'); // 178
 * dayCount('30E/360', '2008-02-28', '2008-03-31'); // 32
 * dayCount('act/360', '2024-01-01', '2024-03-01'); // 60
 */
export function dayCount(
  dayCount: DayCountName,
  start: string,
  end: string,
  options?: DayCountOptions,
): number {
  const conv = resolveDayCount(dayCount);
  const s = parseIsoDate(start, 'start');
  const e = parseIsoDate(end, 'end');
  return dayCountDays(conv, s, e, toContext(options));
}
