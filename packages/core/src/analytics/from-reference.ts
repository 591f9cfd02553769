import type { Bond, CouponFrequency } from './bond';
import { type DayCountName, resolveDayCount } from './day-count-names';
import { TerrapinAnalyticsError } from './errors';
import { describeValue, parseIsoDate } from './internal/calendar';
import { resolveBond } from './internal/resolve-bond';

/**
 * The fields of a `bond_reference` or `agency_reference` row that {@link bondFromReference} reads; any other
 * keys are ignored, so a whole response row can be passed.
 */
export interface BondReferenceLike {
  /** Named in error messages. */
  isin?: string | null;
  /** Coupon in percent (bond_reference). */
  coupon?: number | string | null;
  /** Coupon in percent under its newer name (agency rows); an object here means a floater. */
  interest_rate?: number | string | object | null;
  /** Coupons per year: a number, or a word such as `'semi-annual'`, `'annual'`, `'quarterly'`, `'monthly'`. */
  coupon_frequency?: number | string | null;
  /** Maturity, `YYYY-MM-DD`. */
  maturity_date?: string | null;
  /** Day count as the API names it (`'30/360'`, `'act/act (ICMA)'`…). */
  interest_accrual_convention?: string | null;
  /** First coupon date → {@link Bond.firstCouponDate}. */
  first_coupon_date?: string | null;
  /** agency_reference's name for the first coupon date. */
  first_interest_payment_date?: string | null;
  /** Issue date → {@link Bond.issueDate}. */
  issue_date?: string | null;
  /** Accrual start → {@link Bond.accrualDate}. */
  interest_accrual_date?: string | null;
  /** Accrual start under another name. */
  accrual_date?: string | null;
  /** Checked by `strict`: must say fixed (or zero). */
  interest_type?: string | null;
  /** Checked by `strict`: perpetual, sinking, amortising… are refused. */
  maturity_type?: string | null;
  /** Checked by `strict`. */
  is_callable?: boolean | null;
  /** Checked by `strict`. */
  is_inflation_linked?: boolean | null;
}

/** Options of {@link bondFromReference}. */
export interface BondFromReferenceOptions {
  /**
   * Refuse records these bullet formulas would misprice: `interest_type` other than fixed/zero, callable, or
   * inflation-linked bonds, and non-bullet `maturity_type`s (perpetual, sinking, amortising…). Off by default:
   * the bond is then treated as a fixed-coupon bullet at its current coupon.
   * @default false
   */
  strict?: boolean;
  /**
   * Day count to use when `interest_accrual_convention` is null or missing. Without it, that is an error.
   * @default undefined
   */
  fallbackDayCount?: DayCountName;
}

const FREQUENCY_WORDS: Record<string, CouponFrequency> = {
  annual: 1,
  annually: 1,
  yearly: 1,
  a: 1,
  semiannual: 2,
  semiannually: 2,
  halfyearly: 2,
  s: 2,
  sa: 2,
  triannual: 3,
  quarterly: 4,
  q: 4,
  monthly: 12,
  m: 12,
  zero: 0,
  zerocoupon: 0,
  none: 0,
  atmaturity: 0,
};

const FREQUENCIES: readonly CouponFrequency[] = [0, 1, 2, 3, 4, 6, 12];

function isCouponFrequency(n: number): n is CouponFrequency {
  return FREQUENCIES.some((frequency) => frequency === n);
}

/** The record fields that hold a `YYYY-MM-DD` date. */
type DateField =
  | 'maturity_date'
  | 'first_coupon_date'
  | 'first_interest_payment_date'
  | 'issue_date'
  | 'interest_accrual_date'
  | 'accrual_date';

function who(record: BondReferenceLike): string {
  return typeof record.isin === 'string' ? ` (ISIN ${record.isin})` : '';
}

function missing(
  record: BondReferenceLike,
  field: keyof BondReferenceLike,
  why: string,
): TerrapinAnalyticsError {
  const value = record[field];
  const state = value === null ? 'is null' : 'is missing';
  return new TerrapinAnalyticsError(
    'missing_field',
    `bondFromReference: "${field}" ${state} in the record${who(record)}; it is needed for ${why}.`,
    { field },
  );
}

function bad(
  record: BondReferenceLike,
  field: string,
  value: unknown,
  expected: string,
): TerrapinAnalyticsError {
  return new TerrapinAnalyticsError(
    'invalid_bond',
    `bondFromReference: "${field}" is ${describeValue(value)} in the record${who(record)}; expected ${expected}.`,
    { field },
  );
}

function readCoupon(record: BondReferenceLike): number {
  const field = record.coupon != null ? 'coupon' : 'interest_rate';
  const value = record.coupon ?? record.interest_rate;
  if (value == null) throw missing(record, 'coupon', 'the coupon (also read from "interest_rate")');
  if (typeof value === 'object') {
    throw new TerrapinAnalyticsError(
      'unsupported_bond',
      `bondFromReference: "${field}" is a floating-rate spec${who(record)}; only fixed-coupon bullets are priced here.`,
      { field },
    );
  }
  const n = typeof value === 'string' ? Number(value.trim().replace(/%$/, '')) : value;
  if (!Number.isFinite(n) || n < 0 || (typeof value === 'string' && value.trim() === '')) {
    throw bad(record, field, value, 'a non-negative coupon in percent');
  }
  return n;
}

function readFrequency(record: BondReferenceLike, coupon: number): CouponFrequency {
  const value = record.coupon_frequency;
  if (value == null) {
    if (coupon === 0) return 0;
    throw missing(record, 'coupon_frequency', 'the coupon dates');
  }
  let n: number | undefined;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const key = value.toLowerCase().replace(/[^a-z0-9]/g, '');
    n = /^[0-9]+$/.test(key) ? Number(key) : FREQUENCY_WORDS[key];
  }
  if (n === undefined || !isCouponFrequency(n)) {
    throw bad(
      record,
      'coupon_frequency',
      value,
      "1, 2, 4 or 12 (or 'annual', 'semi-annual', 'quarterly', 'monthly')",
    );
  }
  if (n === 0 && coupon !== 0)
    throw bad(record, 'coupon_frequency', value, 'a coupon frequency for a coupon bond');
  return n;
}

function readDate(record: BondReferenceLike, field: DateField): string | undefined {
  const value = record[field];
  if (value == null) return undefined;
  // Rows are untrusted JSON: the type says string, the parse makes sure of it.
  parseIsoDate(value, field);
  return value;
}

function checkStrict(record: BondReferenceLike): void {
  const reasons: string[] = [];
  const interestType = record.interest_type;
  if (typeof interestType === 'string' && !/fixed|zero/i.test(interestType)) {
    reasons.push(`interest_type is '${interestType}'`);
  }
  if (record.is_callable === true) reasons.push('it is callable');
  if (record.is_inflation_linked === true) reasons.push('it is inflation-linked');
  const maturityType = record.maturity_type;
  if (typeof maturityType === 'string' && /perp|call|sink|amort|extend|put/i.test(maturityType)) {
    reasons.push(`maturity_type is '${maturityType}'`);
  }
  if (reasons.length > 0) {
    throw new TerrapinAnalyticsError(
      'unsupported_bond',
      `bondFromReference: not a fixed-coupon bullet${who(record)}: ${reasons.join(', ')}. ` +
        'Drop { strict: true } to price it as a bullet at its current coupon anyway.',
      { field: 'interest_type' },
    );
  }
}

/**
 * Builds a {@link Bond} from a `bond_reference` / `agency_reference` row: `coupon` (or `interest_rate`),
 * `coupon_frequency` (a number or a word such as `'semi-annual'`), `maturity_date`,
 * `interest_accrual_convention`, `first_coupon_date` (or `first_interest_payment_date`), `issue_date` and
 * `interest_accrual_date` / `accrual_date`. Redemption is 100. The result is validated.
 * @throws TerrapinAnalyticsError `missing_field` naming the null or missing field (`field` holds its name),
 *   `invalid_bond` / `invalid_date` / `unknown_day_count` for unusable values, `unsupported_bond` for a
 *   floating-rate spec (and, with `strict`, any non-bullet).
 * @example
 * const [row] = (await terrapin.bonds.reference({ isins: ['XS2724510792'] })).data;
 * const bond = bondFromReference(row);
 * // { coupon: 5.875, frequency: 1, maturity: '2029-11-28', dayCount: 'act/act (ICMA)',
 * //   firstCouponDate: '2024-11-28', issueDate: '2023-11-28', accrualDate: '2023-11-28' }
 * priceFromYield(bond, 4.2, '2025-03-14');
 */
export function bondFromReference(record: BondReferenceLike, options?: BondFromReferenceOptions): Bond {
  if (typeof record !== 'object' || record === null) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `bondFromReference expects one reference row, got ${describeValue(record)}`,
      { field: 'record' },
    );
  }
  if ('data' in record && Array.isArray(record.data)) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      'bondFromReference expects one row of the response, not the whole { data, total } envelope: pass response.data[0]',
      { field: 'record' },
    );
  }
  if (options?.strict === true) checkStrict(record);
  const coupon = readCoupon(record);
  const frequency = readFrequency(record, coupon);
  const maturity = readDate(record, 'maturity_date');
  if (maturity === undefined) throw missing(record, 'maturity_date', 'the redemption date');
  let dayCount: DayCountName;
  const convention = record.interest_accrual_convention;
  if (convention == null || convention === '') {
    if (options?.fallbackDayCount === undefined) {
      throw missing(record, 'interest_accrual_convention', 'accrued interest (or pass { fallbackDayCount })');
    }
    dayCount = options.fallbackDayCount;
  } else {
    dayCount = convention;
  }
  resolveDayCount(dayCount);
  const bond: Bond = { coupon, frequency, maturity, dayCount };
  const firstCoupon =
    readDate(record, 'first_coupon_date') ?? readDate(record, 'first_interest_payment_date');
  const issueDate = readDate(record, 'issue_date');
  const accrualDate = readDate(record, 'interest_accrual_date') ?? readDate(record, 'accrual_date');
  if (firstCoupon !== undefined && frequency !== 0) bond.firstCouponDate = firstCoupon;
  if (issueDate !== undefined) bond.issueDate = issueDate;
  if (accrualDate !== undefined) bond.accrualDate = accrualDate;
  resolveBond(bond);
  return bond;
}
