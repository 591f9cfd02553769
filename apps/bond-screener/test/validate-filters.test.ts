import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../src/lib/filters';
import { validateFilters } from '../src/lib/validate-filters';

const bonds = emptyFilters.bonds;

describe('validateFilters: what an analyst is told before anything is sent', () => {
  it('accepts blank and sensible filters', () => {
    expect(validateFilters(bonds)).toEqual({});
    expect(
      validateFilters({
        ...bonds,
        countries: 'Italy, united states',
        currencies: 'eur, USD',
        couponMin: '3',
        couponMax: '4,5',
        maturityFrom: '2030-01-01',
        maturityTo: '2040-2-29',
      }),
    ).toEqual({});
  });
  it('coupon min above max is reported at the max field', () => {
    expect(validateFilters({ ...bonds, couponMin: '5', couponMax: '2' }).couponMax).toBe(
      'The maximum coupon (2%) is below the minimum (5%): swap them or widen the range',
    );
  });
  it('maturity from after to', () => {
    expect(
      validateFilters({ ...bonds, maturityFrom: '2040-01-01', maturityTo: '2030-01-01' }).maturityTo,
    ).toMatch(/before the "from" date/);
  });
  it('30 February and year 0009', () => {
    expect(validateFilters({ ...bonds, maturityFrom: '2025-02-30' }).maturityFrom).toBe(
      '30 February 2025 is not a date: February 2025 has 28 days',
    );
    expect(validateFilters({ ...bonds, maturityTo: '0009-01-01' }).maturityTo).toMatch(
      /^Year 0009 is not plausible/,
    );
  });
  it('coupons of −1, 1000 and "abc"', () => {
    expect(validateFilters({ ...bonds, couponMin: '-1' }).couponMin).toMatch(/cannot be negative/);
    expect(validateFilters({ ...bonds, couponMax: '1000' }).couponMax).toMatch(/not a plausible coupon/);
    expect(validateFilters({ ...bonds, couponMin: 'abc' }).couponMin).toMatch(/"abc" is not a number/);
  });
  it('unknown country and currency names get a suggestion', () => {
    expect(validateFilters({ ...bonds, countries: 'Narnia' }).countries).toMatch(
      /^"Narnia" is not a country name/,
    );
    expect(validateFilters({ ...bonds, countries: 'Itlay' }).countries).toBe(
      '"Itlay" is not a country name: did you mean Italy?',
    );
    expect(validateFilters({ ...bonds, currencies: 'EURO' }).currencies).toBe(
      '"EURO" is not an ISO currency code: did you mean EUR (Euro)?',
    );
    expect(validateFilters({ ...bonds, currencies: 'US dollar' }).currencies).toMatch(/did you mean USD/);
  });
});
