import { TerrapinError } from '../errors/terrapin-error';

/**
 * What went wrong, as a stable string to branch on:
 * - `invalid_date`: a date is not a real calendar date written `YYYY-MM-DD`.
 * - `unknown_day_count`: the day-count name is not one this module knows (the message lists the known ones).
 * - `missing_option`: a day count needs more context (Act/Act ICMA needs a reference period or a frequency).
 * - `invalid_bond`: the bond description is inconsistent (frequency 5, negative coupon, first coupon after
 *   maturity…).
 * - `missing_field`: {@link bondFromReference} needs a field that is null or missing (see `field`).
 * - `unsupported_bond`: {@link bondFromReference} in strict mode met a bond these bullet formulas do not price.
 * - `invalid_input`: a price, yield or settlement date is not sane (NaN, non-positive price, settlement on or
 *   after maturity…).
 * - `not_converged`: the yield solver gave up. Not expected on any sane input; please report it.
 */
export type AnalyticsErrorCode =
  | 'invalid_date'
  | 'unknown_day_count'
  | 'missing_option'
  | 'invalid_bond'
  | 'missing_field'
  | 'unsupported_bond'
  | 'invalid_input'
  | 'not_converged';

/**
 * The one error class thrown by `@terrapin/core/analytics`: a {@link TerrapinError}, so `isTerrapinError(err)` and
 * `catch (err) { if (err instanceof TerrapinError) … }` cover it like every other SDK error (brand, `is()` and
 * `toJSON` come from the base, which imports nothing HTTP, so this entry stays free of the client). Branch on
 * {@link TerrapinAnalyticsError.code}; `field` names the offending input when there is one.
 * @example
 * try {
 *   dayCountFraction('act/366', '2024-01-01', '2024-07-01');
 * } catch (err) {
 *   if (TerrapinAnalyticsError.is(err) && err.code === 'unknown_day_count') console.error(err.message);
 * }
 */
export class TerrapinAnalyticsError extends TerrapinError {
  static override readonly kind: string = 'TerrapinAnalyticsError';
  /** Machine-readable reason. */
  readonly code: AnalyticsErrorCode;
  /** The input or record field at fault (`'coupon_frequency'`, `'settlement'`…), when there is one. */
  readonly field: string | undefined;

  constructor(code: AnalyticsErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.field = options?.field;
  }
}
