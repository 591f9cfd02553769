import { TerrapinAnalyticsError } from './errors';
import {
  addMonthsSerial,
  formatSerial,
  isEndOfMonth as isEndOfMonthSerial,
  parseIsoDate,
  tryParseIsoDate,
} from './internal/calendar';

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD` (the API's date format). Never throws.
 * @example
 * isIsoDate('2024-02-29'); // true
 * isIsoDate('2023-02-29'); // false
 */
export function isIsoDate(value: unknown): value is string {
  return !Number.isNaN(tryParseIsoDate(value));
}

/** Options of {@link addMonths}. */
export interface AddMonthsOptions {
  /**
   * Land on the last day of the target month (coupon dates of end-of-month bonds).
   * @default false (keep the day, clamped to the month's length)
   */
  endOfMonth?: boolean;
}

/**
 * Adds (or with a negative count, subtracts) whole calendar months in UTC, clamping the day to the target
 * month's length.
 * @throws TerrapinAnalyticsError `invalid_date`, or `invalid_input` for a non-integer month count.
 * @example
 * addMonths('2024-08-31', 6); // '2025-02-28'
 * addMonths('2025-02-28', 6, { endOfMonth: true }); // '2025-08-31'
 */
export function addMonths(date: string, months: number, options?: AddMonthsOptions): string {
  if (!Number.isInteger(months)) {
    throw new TerrapinAnalyticsError('invalid_input', `months must be an integer, got ${String(months)}`, {
      field: 'months',
    });
  }
  return formatSerial(addMonthsSerial(parseIsoDate(date, 'date'), months, options?.endOfMonth === true));
}

/**
 * Actual calendar days from `start` to `end` (negative when `end` is earlier).
 * @example daysBetween('2024-02-01', '2024-03-01'); // 29
 */
export function daysBetween(start: string, end: string): number {
  return parseIsoDate(end, 'end') - parseIsoDate(start, 'start');
}

/**
 * True when the date is the last day of its month.
 * @example isEndOfMonth('2024-02-29'); // true
 */
export function isEndOfMonth(date: string): boolean {
  return isEndOfMonthSerial(parseIsoDate(date, 'date'));
}
