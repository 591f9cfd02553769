import { addMonthsYmd, formatSerial, toSerial } from '@terrapin/core/adapter-kit';

/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). The mock walks price series day by day, so it
 * works on integers and formats `YYYY-MM-DD` (the API's date format, CONTRACT.md §8) only at the edges.
 */

const DAY_MS = 86_400_000;

// The civil-calendar conversions are core's (H. Hinnant's algorithms, no Date objects: the generators convert
// dates hundreds of thousands of times at startup); this file only adapts them to `YYYY-MM-DD` strings.

/** Day number of a `YYYY-MM-DD` date. */
export function toDay(date: string): number {
  return toSerial(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** `YYYY-MM-DD` of a day number. */
export function fromDay(day: number): string {
  return formatSerial(day);
}

/** Day number of an epoch-milliseconds instant. */
export function dayOfMs(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** Saturday or Sunday. */
export function isWeekend(day: number): boolean {
  // 1970-01-01 was a Thursday: day 0 → weekday 4 (0 = Sunday).
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

/** The latest business day (Monday–Friday) on or before `day`. */
export function businessDayOnOrBefore(day: number): number {
  let d = day;
  while (isWeekend(d)) d--;
  return d;
}

/** `count` business days after `day` (settlement: T+1, T+2). */
export function addBusinessDays(day: number, count: number): number {
  let d = day;
  let left = count;
  while (left > 0) {
    d++;
    if (!isWeekend(d)) left--;
  }
  return d;
}

/** Adds calendar months, clamping the day to the target month's length. */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return formatSerial(addMonthsYmd(y, m, Number(date.slice(8, 10)), months, false));
}

/** Calendar year of a date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** `MM/DD/YY` as tickers write maturities (`CWHARF 1.75 04/07/26`). */
export function tickerDate(date: string, fullYear = false): string {
  const [y, m, d] = [date.slice(0, 4), date.slice(5, 7), date.slice(8, 10)];
  return `${m}/${d}/${fullYear ? y : y.slice(2)}`;
}

/** `YYYY-MM` of an epoch-milliseconds instant, in UTC: the quota's billing month. */
export function utcMonth(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

/** The later of two `YYYY-MM-DD` dates. */
export function laterDate(a: string, b: string): string {
  return a < b ? b : a;
}
