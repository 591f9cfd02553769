/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). The mock walks price series day by day, so it
 * works on integers and formats `YYYY-MM-DD` (the API's date format, CONTRACT.md §8) only at the edges.
 */

const DAY_MS = 86_400_000;

// Civil-calendar conversions without Date objects (H. Hinnant's algorithms): the generators convert dates
// hundreds of thousands of times at startup.

/** Day number of a `YYYY-MM-DD` date. */
export function toDay(date: string): number {
  let y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (m <= 2) y -= 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `YYYY-MM-DD` of a day number. */
export function fromDay(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
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
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const day = Math.min(Number(date.slice(8, 10)), length);
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Calendar year of a date. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** `MM/DD/YY` as tickers write maturities (`CWHARF 1.75 04/07/26`). */
export function tickerDate(date: string, fullYear = false): string {
  const [y, m, d] = date.split('-') as [string, string, string];
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
