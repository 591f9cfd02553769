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

// The same global-registry symbol core's error classes carry, so `isTerrapinError(err)` from `@terrapin/core`
// recognises analytics errors without this entry importing the client side (it stays HTTP-free).
const TERRAPIN_ERROR_BRAND: unique symbol = Symbol.for('terrapin.error');

/**
 * The one error class thrown by `@terrapin/core/analytics`. Branch on {@link TerrapinAnalyticsError.code};
 * `field` names the offending input when there is one.
 * @example
 * try {
 *   dayCountFraction('act/366', '2024-01-01', '2024-07-01');
 * } catch (err) {
 *   if (TerrapinAnalyticsError.is(err) && err.code === 'unknown_day_count') console.error(err.message);
 * }
 */
export class TerrapinAnalyticsError extends Error {
  /** Stable class identifier, checked by the type guards across bundled copies of core. */
  static readonly kind: string = 'TerrapinAnalyticsError';
  /** Machine-readable reason. */
  readonly code: AnalyticsErrorCode;
  /** The input or record field at fault (`'coupon_frequency'`, `'settlement'`…), when there is one. */
  readonly field: string | undefined;

  constructor(code: AnalyticsErrorCode, message: string, options?: { field?: string; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    Object.defineProperty(this, 'name', {
      value: 'TerrapinAnalyticsError',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = code;
    this.field = options?.field;
  }

  /** The brand shared with every `@terrapin/core` error, on the prototype (not an own property). */
  get [TERRAPIN_ERROR_BRAND](): true {
    return true;
  }

  /**
   * Type guard that also works when two copies of core are bundled (where `instanceof` fails).
   * @example if (TerrapinAnalyticsError.is(err)) console.log(err.code);
   */
  static is(value: unknown): value is TerrapinAnalyticsError {
    if (value instanceof TerrapinAnalyticsError) return true;
    if (typeof value !== 'object' || value === null) return false;
    const ctor = (Object.getPrototypeOf(value) as { constructor?: { kind?: unknown } } | null)?.constructor;
    return ctor?.kind === TerrapinAnalyticsError.kind;
  }

  /** A plain summary (what `JSON.stringify(err)` prints). */
  toJSON(): Record<string, unknown> {
    return { name: this.name, code: this.code, message: this.message, field: this.field };
  }
}
