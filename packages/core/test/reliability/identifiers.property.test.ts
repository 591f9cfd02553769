// Issue 10 "bad input" for the identifier helpers, ≥ 10,000 cases per target, complementing
// test/identifiers/identifiers.test.ts (no validator throws; ISIN and CUSIP round trips). These properties do not
// re-implement the algorithms: for any well-formed body exactly one check digit (or, for LEIs, one pair in the
// standard's 02–98 range) validates; the check-digit functions either answer or throw a TypeError that names them;
// normalisation is idempotent and recovers valid ISINs from padded, lower-case input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cusipCheckDigit,
  cusipToIsin,
  isinCheckDigit,
  isValidCusip,
  isValidFigi,
  isValidIsin,
  isValidLei,
  normalizeIsin,
} from '../../src/identifiers/index';

const RUNS = { numRuns: 10_000, seed: 20_251_010 };
const chars = (alphabet: string, length: number) =>
  fc
    .array(fc.constantFrom(...alphabet.split('')), { minLength: length, maxLength: length })
    .map((a) => a.join(''));
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ALNUM = `${LETTERS}0123456789`;
const CONSONANTS = 'BCDFGHJKLMNPQRSTVWXZ';
const DIGITS = [...'0123456789'];
const isinBody = fc.tuple(chars(LETTERS, 2), chars(ALNUM, 9)).map(([cc, rest]) => cc + rest);
/** Anything a user might paste: arbitrary text, near-misses of the right length, odd unicode. */
const junk = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({
    minLength: 8,
    maxLength: 12,
    unit: fc.constantFrom(...`${ALNUM}*@# -_\u00e9\u0130`.split('')),
  }),
);

/** Calls `fn`; a throw must be a TypeError that names the function. */
function answersOrTypeError<T>(name: string, fn: () => T): T | null {
  try {
    return fn();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(name);
    return null;
  }
}

describe('identifier helpers under arbitrary input (10,000 cases each)', () => {
  it('ISIN: exactly one check digit validates any well-formed body', () => {
    fc.assert(
      fc.property(isinBody, (body) => {
        expect(DIGITS.filter((d) => isValidIsin(body + d))).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('CUSIP: exactly one check digit validates any body (private-placement * @ # included)', () => {
    fc.assert(
      fc.property(chars(`${ALNUM}*@#`, 8), (body) => {
        expect(DIGITS.filter((d) => isValidCusip(body + d))).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('cusipToIsin turns every plain (alphanumeric) CUSIP into a valid ISIN', () => {
    fc.assert(
      fc.property(chars(ALNUM, 8), (body) => {
        expect(isValidIsin(cusipToIsin(body + cusipCheckDigit(body)))).toBe(true);
      }),
      RUNS,
    );
  });

  // A valid CUSIP with `*`, `@` or `#` has no ISIN; the error must name the caller's input and say why.
  it('cusipToIsin explains that a private-placement CUSIP (* @ #) has no ISIN', () => {
    const cusip = `@AAAAAAA${cusipCheckDigit('@AAAAAAA')}`;
    expect(isValidCusip(cusip)).toBe(true);
    expect(() => cusipToIsin(cusip)).toThrow(/^cusipToIsin: .*@AAAAAAA.*private placement/);
  });

  it('FIGI: exactly one check digit validates a well-formed body outside the reserved prefixes', () => {
    const prefix = chars(CONSONANTS, 2).filter(
      (p) => !['BS', 'BM', 'GG', 'GB', 'GH', 'KY', 'VG'].includes(p),
    );
    fc.assert(
      fc.property(prefix, chars(`${CONSONANTS}0123456789`, 8), (p, rest) => {
        expect(DIGITS.filter((d) => isValidFigi(`${p}G${rest}${d}`))).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('LEI: exactly one check-digit pair in 02–98 validates any 18-character body', () => {
    const pairs = Array.from({ length: 97 }, (_, i) => String(i + 2).padStart(2, '0'));
    fc.assert(
      fc.property(chars(ALNUM, 18), (body) => {
        expect(pairs.filter((cd) => isValidLei(body + cd))).toHaveLength(1);
      }),
      RUNS,
    );
  });

  it('check-digit functions answer a digit or throw a TypeError naming themselves, never anything else', () => {
    fc.assert(
      fc.property(junk, (input) => {
        const isin = answersOrTypeError('isinCheckDigit', () => isinCheckDigit(input));
        if (isin !== null) expect(isin).toBeGreaterThanOrEqual(0);
        const cusip = answersOrTypeError('cusipCheckDigit', () => cusipCheckDigit(input));
        if (cusip !== null) expect(cusip).toBeLessThanOrEqual(9);
        // (* @ # CUSIPs: the known defect above.)
        if (!/[*@#]/.test(input)) {
          const converted = answersOrTypeError('cusipToIsin', () => cusipToIsin(input));
          if (converted !== null) expect(isValidIsin(converted)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('normalizeIsin is idempotent and recovers a valid ISIN from padded, lower-case input', () => {
    const padding = fc.string({ unit: fc.constantFrom(' ', '\t', '\n'), maxLength: 3 });
    fc.assert(
      fc.property(isinBody, padding, padding, fc.boolean(), junk, (body, before, after, lower, noise) => {
        const isin = body + isinCheckDigit(body);
        const pasted = `${before}${lower ? isin.toLowerCase() : isin}${after}`;
        expect(normalizeIsin(pasted)).toBe(isin);
        expect(isValidIsin(normalizeIsin(pasted))).toBe(true);
        expect(normalizeIsin(normalizeIsin(noise))).toBe(normalizeIsin(noise));
      }),
      RUNS,
    );
  });
});
