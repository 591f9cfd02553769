/**
 * Proleptic Gregorian calendar arithmetic on integer day serials (days since 1970-01-01), no `Date` objects:
 * exact, time-zone free and fast. Algorithms after H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */
import { TerrapinAnalyticsError } from '../errors';

/** A calendar date split into its parts (month 1-12). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Whether `y` is a leap year of the proleptic Gregorian calendar. */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The number of days in month `m` (1-12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : (MONTH_DAYS[m - 1] ?? 31);
}

/** The day serial (days since 1970-01-01, UTC) of a calendar date; any year, no `Date` involved. */
export function toSerial(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day serial (days since 1970-01-01, UTC): the inverse of {@link toSerial}. */
export function fromSerial(serial: number): Ymd {
  const z = serial + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function isEndOfMonth(serial: number): boolean {
  const { y, m, d } = fromSerial(serial);
  return d === daysInMonth(y, m);
}

/**
 * Adds whole months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29); with
 * `endOfMonth`, the result is always the target month's last day.
 */
export function addMonthsSerial(serial: number, months: number, endOfMonth: boolean): number {
  const { y, m, d } = fromSerial(serial);
  return addMonthsYmd(y, m, d, months, endOfMonth);
}

/**
 * Adds whole months to a calendar date and returns the day serial, clamping the day to the target month's length;
 * with `endOfMonth`, the result is the target month's last day.
 */
export function addMonthsYmd(y: number, m: number, d: number, months: number, endOfMonth: boolean): number {
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  const dim = daysInMonth(ty, tm);
  return toSerial(ty, tm, endOfMonth || d > dim ? dim : d);
}

const C0 = 48; // '0'

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - C0;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Parses a strict `YYYY-MM-DD` into a serial, or returns `NaN`. */
export function tryParseIsoDate(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10 || value[4] !== '-' || value[7] !== '-')
    return Number.NaN;
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const d0 = digit(value, 8);
  const d1 = digit(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return Number.NaN;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return toSerial(y, m, d);
}

/** Parses a strict `YYYY-MM-DD` into a serial; throws `invalid_date` naming `what` otherwise. */
export function parseIsoDate(value: unknown, what: string): number {
  const serial = tryParseIsoDate(value);
  if (Number.isNaN(serial)) {
    throw new TerrapinAnalyticsError(
      'invalid_date',
      `${what} must be a calendar date written YYYY-MM-DD (e.g. '2029-11-28'), got ${describeValue(value)}`,
      { field: what },
    );
  }
  return serial;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** A day serial as an ISO `YYYY-MM-DD` date. */
export function formatSerial(serial: number): string {
  const { y, m, d } = fromSerial(serial);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** A short, safe rendering of a bad input for error messages. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return `a Date object (pass 'YYYY-MM-DD' strings)`;
  if (typeof value === 'number' || typeof value === 'boolean' || value == null) return String(value);
  return typeof value;
}
