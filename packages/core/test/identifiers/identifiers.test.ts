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

// External vectors (issue #2): real securities and the docs' own typo.
describe('ISIN', () => {
  it.each([
    'US0378331005',
    'AU0000XVGZA3',
    'AU0000VXGZA3',
    'FR0000988040',
    'XS2724510792',
    'US00037CUQ13',
    'US912810TM09',
  ])('%s is valid', (isin) => expect(isValidIsin(isin)).toBe(true));
  it.each([
    'US0373831005',
    'U50378331005',
    'US03378331005',
    'US912810TM06',
    'us0378331005',
    '',
    'US037833100X',
  ])('%s is invalid', (isin) => expect(isValidIsin(isin)).toBe(false));
  it('computes check digits and normalises input', () => {
    expect(isinCheckDigit('US037833100')).toBe(5);
    expect(isinCheckDigit('US912810TM0')).toBe(9);
    expect(normalizeIsin('  us0378331005\n')).toBe('US0378331005');
    expect(() => isinCheckDigit('1234')).toThrow(/11 characters/);
  });
});

describe('CUSIP', () => {
  it.each(['037833100', '17275R102', '38259P508', '594918104', '68389X105'])('%s is valid', (c) =>
    expect(isValidCusip(c)).toBe(true),
  );
  it('rejects a wrong check digit', () => expect(isValidCusip('68389X106')).toBe(false));
  it('converts to ISIN offline', () => {
    expect(cusipToIsin('037833100')).toBe('US0378331005');
    expect(cusipToIsin(' 594918104 ')).toBe('US5949181045');
    expect(() => cusipToIsin('68389X106')).toThrow(/not a valid 9-character CUSIP/);
  });
});

describe('FIGI and LEI', () => {
  it('validates FIGIs', () => {
    expect(isValidFigi('BBG000BLNQ16')).toBe(true);
    expect(isValidFigi('BBG00ZTZWCZ3')).toBe(true);
    expect(isValidFigi('BBG000BLNQ17')).toBe(false);
  });
  it.each(['5493000IBP32UQZ0KL24', '213800KGF4EFNUQKAT69', 'S6XOOCT0IEG5ABCC6L87'])(
    'LEI %s is valid',
    (lei) => expect(isValidLei(lei)).toBe(true),
  );
  it('rejects a LEI with wrong check digits', () => expect(isValidLei('5493000IBP32UQZ0KL25')).toBe(false));
});

describe('properties', () => {
  const runs = { numRuns: 10_000 };
  it('no validator throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything()), (input) => {
        isValidIsin(input);
        isValidCusip(input);
        isValidFigi(input);
        isValidLei(input);
      }),
      runs,
    );
  });
  const alnum = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));
  const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split(''));
  it('ISIN check digit generation round-trips, and any other digit fails', () => {
    fc.assert(
      fc.property(
        fc.array(letter, { minLength: 2, maxLength: 2 }),
        fc.array(alnum, { minLength: 9, maxLength: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (cc, rest, delta) => {
          const body = cc.join('') + rest.join('');
          const digit = isinCheckDigit(body);
          expect(isValidIsin(`${body}${digit}`)).toBe(true);
          expect(isValidIsin(`${body}${(digit + delta) % 10}`)).toBe(false);
        },
      ),
      runs,
    );
  });
  it('CUSIP check digit generation round-trips through cusipToIsin', () => {
    fc.assert(
      fc.property(fc.array(alnum, { minLength: 8, maxLength: 8 }), (chars) => {
        const body = chars.join('');
        const cusip = `${body}${cusipCheckDigit(body)}`;
        expect(isValidCusip(cusip)).toBe(true);
        expect(isValidIsin(cusipToIsin(cusip))).toBe(true);
      }),
      runs,
    );
  });
});
