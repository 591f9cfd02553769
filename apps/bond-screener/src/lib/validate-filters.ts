import { checkCountry, checkCurrency } from './names';
import type { FieldKey } from './pointers';

/**
 * Checks the filter form before anything is sent (issue 18): every value the API would refuse, or that could only
 * return "No results", gets a message at its field in words an analyst uses, not the contract's pointer text.
 */
export type FieldMessages = Partial<Record<FieldKey, string>>;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** Bonds in the data mature between these years; anything outside is a typo (year 0009, 20300). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;
/** No coupon is ever quoted this high: 1000 is a typo for 10.00 or a price. */
const MAX_COUPON = 100;

/** A coupon as typed ("4.5", "4,5", " 3 "): a number, or undefined when blank, or an error message. */
export function parseCoupon(text: string): { value?: number; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const normalised = /^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) {
    return { error: `"${trimmed}" is not a number: enter a coupon in percent, such as 3 or 4.5` };
  }
  const value = Number(normalised);
  if (value < 0) return { error: 'A coupon cannot be negative: enter 0 or more' };
  if (value > MAX_COUPON) {
    return {
      error: `${trimmed}% is not a plausible coupon: enter percent, such as 4.5 (at most ${MAX_COUPON})`,
    };
  }
  return { value };
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A date as typed: `YYYY-MM-DD` that exists in the calendar, within plausible years. */
export function parseDate(text: string): { value?: string; error?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return {};
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (!match) return { error: `"${trimmed}" is not a date: write it as YYYY-MM-DD, such as 2030-06-15` };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return {
      error: `Year ${match[1]} is not plausible for a maturity: use a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
    };
  }
  if (month < 1 || month > 12) return { error: `Month ${match[2]} does not exist: use 01 to 12` };
  const monthName = MONTHS[month - 1];
  const length = daysIn(year, month);
  if (day < 1 || day > length) {
    return { error: `${day} ${monthName} ${year} is not a date: ${monthName} ${year} has ${length} days` };
  }
  return { value: `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

/** Splits a comma list the way the search body does. */
function items(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** The filter fields shared by every universe that this module checks. */
export interface CheckedFields {
  couponMin: string;
  couponMax: string;
  maturityFrom: string;
  maturityTo: string;
  countries?: string;
  currencies?: string;
}

/** Messages per field; empty when the filters can be sent. */
export function validateFilters(filters: CheckedFields): FieldMessages {
  const out: FieldMessages = {};
  const min = parseCoupon(filters.couponMin);
  const max = parseCoupon(filters.couponMax);
  if (min.error) out.couponMin = min.error;
  if (max.error) out.couponMax = max.error;
  if (min.value !== undefined && max.value !== undefined && min.value > max.value) {
    out.couponMax = `The maximum coupon (${max.value}%) is below the minimum (${min.value}%): swap them or widen the range`;
  }
  const from = parseDate(filters.maturityFrom);
  const to = parseDate(filters.maturityTo);
  if (from.error) out.maturityFrom = from.error;
  if (to.error) out.maturityTo = to.error;
  if (from.value && to.value && from.value > to.value) {
    out.maturityTo = `The "to" date (${to.value}) is before the "from" date (${from.value})`;
  }
  if (filters.countries !== undefined) {
    const problems = items(filters.countries)
      .map(checkCountry)
      .filter((m): m is string => m !== null);
    if (problems.length > 0) out.countries = problems.join(' ');
  }
  if (filters.currencies !== undefined) {
    const problems = items(filters.currencies)
      .map(checkCurrency)
      .filter((m): m is string => m !== null);
    if (problems.length > 0) out.currencies = problems.join(' ');
  }
  return out;
}
