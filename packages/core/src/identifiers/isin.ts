import { alnumValue, luhnCheckDigit } from './luhn';

const ISIN_BODY = /^[A-Z]{2}[A-Z0-9]{9}$/;
const ISIN_SHAPE = /^[A-Z]{2}[A-Z0-9]{9}[0-9]$/;

/**
 * Normalises user input into the form the API expects: trims surrounding whitespace and upper-cases.
 * It does not validate; pair it with {@link isValidIsin}.
 * @example normalizeIsin(' us0378331005 ') // 'US0378331005'
 */
export function normalizeIsin(input: string): string {
  return input.trim().toUpperCase();
}

/**
 * Computes the ISIN check digit (the 12th character) for an 11-character ISIN body.
 * @throws TypeError when the body is not two letters followed by nine alphanumerics.
 * @example isinCheckDigit('US037833100') // 5
 */
export function isinCheckDigit(body: string): number {
  const upper = body.toUpperCase();
  if (!ISIN_BODY.test(upper)) {
    throw new TypeError(
      `isinCheckDigit: expected 2 letters + 9 alphanumerics (11 characters), got ${JSON.stringify(body)}`,
    );
  }
  return checkDigitOf(upper);
}

/** The Luhn check digit of a body already known to be two letters + nine alphanumerics, upper case. */
function checkDigitOf(body: string): number {
  let digits = '';
  for (const ch of body) digits += String(alnumValue(ch));
  return luhnCheckDigit(digits);
}

/**
 * True when `input` is a 12-character ISIN with a valid Luhn check digit. Case-sensitive by design:
 * call {@link normalizeIsin} first to accept lower case or padded input. Never throws.
 * @example isValidIsin('US0378331005') // true
 */
export function isValidIsin(input: unknown): boolean {
  if (typeof input !== 'string' || !ISIN_SHAPE.test(input)) return false;
  // The shape is checked: the body needs no second check (and the browser bundle no throwing path).
  return checkDigitOf(input.slice(0, 11)) === Number(input[11]);
}
