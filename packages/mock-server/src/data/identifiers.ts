import { cusipCheckDigit, isinCheckDigit } from '@terrapin/core/identifiers';
import type { Rng } from './rng';

const DIGITS = '0123456789';
const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// OpenFIGI: consonants and digits only, never a vowel.
const FIGI_ALPHABET = '0123456789BCDFGHJKLMNPQRSTVWXYZ';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** ISIN from a two-letter prefix and a nine-character national number, with its Luhn check digit. */
export function isinFrom(prefix: string, nsin: string): string {
  const body = `${prefix}${nsin}`;
  return `${body}${isinCheckDigit(body)}`;
}

/** Full CUSIP (with check digit) from a six-character issuer number and a two-character issue number. */
export function cusipFrom(issuer: string, issue: string): string {
  const body = `${issuer}${issue}`;
  return `${body}${cusipCheckDigit(body)}`;
}

/** A random nine-digit national number (Eurobond `XS…`, Italian `IT0005…` tails and the like). */
export function randomNsin(rng: Rng, fixedPrefix = ''): string {
  return fixedPrefix + rng.chars(DIGITS, 9 - fixedPrefix.length);
}

/** A random CUSIP issue number: two characters, digits or letters (never I or O, which CUSIP avoids). */
export function randomCusipIssue(rng: Rng): string {
  return rng.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 2);
}

/** FIGI check digit over the first eleven characters (modified Luhn, as OpenFIGI documents it). */
export function figiCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) {
    const ch = body.charCodeAt(i);
    let v = ch <= 57 ? ch - 48 : ch - 55;
    if (i % 2 === 1) v *= 2;
    sum += Math.floor(v / 10) + (v % 10);
  }
  return (10 - (sum % 10)) % 10;
}

/** A random Bloomberg-style FIGI (`BBG` + eight characters + check digit). */
export function randomFigi(rng: Rng): string {
  const body = `BBG${rng.chars(FIGI_ALPHABET, 8)}`;
  return `${body}${figiCheckDigit(body)}`;
}

/** ISO 17442 LEI check digits (ISO 7064 MOD 97-10) for an 18-character body. */
export function leiCheckDigits(body: string): string {
  let remainder = 0;
  for (const ch of `${body}00`) {
    const code = ch.charCodeAt(0);
    const value = code <= 57 ? String(code - 48) : String(code - 55);
    for (const digit of value) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return String(98 - remainder).padStart(2, '0');
}

/** A random LEI: a four-character LOU prefix, `00`, twelve entity characters and the check digits. */
export function randomLei(rng: Rng): string {
  const lou = rng.pick(['2138', '5493', '8156', '9695', '7245', '8945', '3157', '6354']);
  const body = `${lou}00${rng.chars(ALNUM, 12)}`;
  return `${body}${leiCheckDigits(body)}`;
}

/** An opaque 22-character base64url id like the API's trade ids (`rnCB5ECbo3ZUetZO4g5jRA`). */
export function opaqueId(rng: Rng): string {
  return rng.chars(BASE64URL, 22);
}
