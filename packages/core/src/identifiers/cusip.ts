import { isinCheckDigit } from './isin';
import { alnumValue } from './luhn';

const CUSIP_BODY = /^[A-Z0-9*@#]{8}$/;
const CUSIP_SHAPE = /^[A-Z0-9*@#]{8}[0-9]$/;

function cusipCharValue(ch: string): number {
  if (ch === '*') return 36;
  if (ch === '@') return 37;
  if (ch === '#') return 38;
  return alnumValue(ch);
}

/**
 * Computes the CUSIP check digit (9th character) for an 8-character CUSIP body (the "modulus 10 double add double"
 * algorithm of the CUSIP Global Services spec).
 * @throws TypeError when the body is not 8 characters of A-Z, 0-9, `*`, `@`, `#`.
 * @example cusipCheckDigit('03783310') // 0
 */
export function cusipCheckDigit(body: string): number {
  const upper = body.toUpperCase();
  if (!CUSIP_BODY.test(upper)) {
    throw new TypeError(
      `cusipCheckDigit: expected 8 characters of A-Z, 0-9, *, @, #; got ${JSON.stringify(body)}`,
    );
  }
  let sum = 0;
  for (const [i, ch] of [...upper].entries()) {
    let v = cusipCharValue(ch);
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * True when `input` is a 9-character CUSIP with a valid check digit. Never throws.
 * @example isValidCusip('037833100') // true
 */
export function isValidCusip(input: unknown): boolean {
  if (typeof input !== 'string' || !CUSIP_SHAPE.test(input)) return false;
  return cusipCheckDigit(input.slice(0, 8)) === Number(input[8]);
}

/**
 * Converts a US/CA CUSIP to its ISIN offline (`US` + CUSIP + ISIN check digit), without spending API quota.
 * Use the API's `convert_to_isin` for identifiers that are not plain CUSIPs.
 * @param country ISIN country prefix; `US` by default (`CA` for Canadian CUSIPs).
 * @throws TypeError when `cusip` is not a valid CUSIP (after trim/upper-case).
 * @example cusipToIsin('037833100') // 'US0378331005'
 */
export function cusipToIsin(cusip: string, country = 'US'): string {
  const normalized = cusip.trim().toUpperCase();
  if (!isValidCusip(normalized)) {
    throw new TypeError(`cusipToIsin: ${JSON.stringify(cusip)} is not a valid 9-character CUSIP`);
  }
  // `*`, `@` and `#` are legal in CUSIPs (private placements, PPNs) but not in ISINs: such a security has no ISIN
  // derived from its CUSIP, so say that rather than fail later on a string the caller never passed.
  if (/[*@#]/.test(normalized)) {
    throw new TypeError(
      `cusipToIsin: ${JSON.stringify(cusip)} is a valid CUSIP but contains * @ or # (a private placement number), which an ISIN cannot hold; it has no ISIN of the form ${country.toUpperCase()}+CUSIP`,
    );
  }
  const body = `${country.toUpperCase()}${normalized}`;
  return `${body}${isinCheckDigit(body)}`;
}
