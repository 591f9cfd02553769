import { alnumValue } from './luhn';

// OpenFIGI: 12 chars, consonants only (no vowels), 3rd char 'G', forbidden prefixes, Luhn-style check digit.
const FIGI_SHAPE = /^[B-DF-HJ-NP-TV-Z]{2}G[B-DF-HJ-NP-TV-Z0-9]{8}[0-9]$/;
const FORBIDDEN_PREFIXES = new Set(['BS', 'BM', 'GG', 'GB', 'GH', 'KY', 'VG']);

/**
 * True when `input` is a 12-character Financial Instrument Global Identifier (OpenFIGI rules: consonants and
 * digits, `G` in third place, no reserved country prefix, valid check digit). Never throws.
 * @example isValidFigi('BBG000BLNQ16') // true
 */
export function isValidFigi(input: unknown): boolean {
  if (typeof input !== 'string' || !FIGI_SHAPE.test(input)) return false;
  if (FORBIDDEN_PREFIXES.has(input.slice(0, 2))) return false;
  // FIGI doubles every second character from the left (positions 2, 4, …) of the 11-char body and sums digits.
  let sum = 0;
  for (const [i, ch] of [...input.slice(0, 11)].entries()) {
    let v = alnumValue(ch);
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return (10 - (sum % 10)) % 10 === Number(input[11]);
}
