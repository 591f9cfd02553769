import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  agencySearchBody,
  bondSearchBody,
  emptyFilters,
  muniSearchBody,
  parseList,
  parseNumberInput,
  searchBody,
} from '../src/lib/filters';

const page = { limit: 25, offset: 50 };

describe('parseList', () => {
  it('splits on commas, semicolons and new lines, trims, de-duplicates and drops blanks', () => {
    expect(parseList(' Italy, Spain ;\nItaly ,, ')).toEqual(['Italy', 'Spain']);
  });
  it('returns undefined when nothing is left, so the field is omitted', () => {
    expect(parseList(' , ')).toBeUndefined();
  });
  it('applies a transform to each item', () => {
    expect(parseList('eur, usd', (s) => s.toUpperCase())).toEqual(['EUR', 'USD']);
  });
});

describe('parseNumberInput', () => {
  it('parses numbers, including a decimal comma', () => {
    expect(parseNumberInput('3.5')).toBe(3.5);
    expect(parseNumberInput(' 4 ')).toBe(4);
    expect(parseNumberInput('3,25')).toBe(3.25);
    expect(parseNumberInput('.5')).toBe(0.5);
    expect(parseNumberInput('-1')).toBe(-1);
  });
  it('omits blanks', () => {
    expect(parseNumberInput('   ')).toBeUndefined();
  });
  it('keeps anything else as text so the contract reports it with a pointer', () => {
    expect(parseNumberInput('abc')).toBe('abc');
    expect(parseNumberInput('3%')).toBe('3%');
    expect(parseNumberInput('1e400')).toBe('1e400');
  });
});

describe('bondSearchBody', () => {
  it('sends only what the user set, with the API’s snake_case names', () => {
    expect(bondSearchBody(emptyFilters.bonds, page)).toEqual({ limit: 25, offset: 50 });
  });
  it('maps every gov/corp filter', () => {
    const body = bondSearchBody(
      {
        countries: 'Italy, Spain',
        currencies: 'eur',
        couponMin: '3',
        couponMax: '4,5',
        maturityFrom: '2030-01-01',
        maturityTo: '2040-12-31',
        assetClasses: ['bond'],
        issuerTypes: ['government'],
        callable: 'no',
      },
      { limit: 10, offset: 0 },
    );
    expect(body).toEqual({
      countries: ['Italy', 'Spain'],
      currencies: ['EUR'],
      coupon_min: 3,
      coupon_max: 4.5,
      maturity_date_min: '2030-01-01',
      maturity_date_max: '2040-12-31',
      asset_classes: ['bond'],
      issuer_types: ['government'],
      include_callable: false,
      limit: 10,
      offset: 0,
    });
  });
  it('passes a non-numeric coupon through unchanged', () => {
    expect(bondSearchBody({ ...emptyFilters.bonds, couponMin: 'abc' }, page)).toMatchObject({
      coupon_min: 'abc',
    });
  });
});

describe('agencySearchBody', () => {
  it('maps callable to is_callable and keeps interest types', () => {
    expect(
      agencySearchBody(
        { ...emptyFilters.agency, callable: 'yes', interestTypes: ['step rate'], couponMin: '2' },
        page,
      ),
    ).toEqual({ is_callable: true, interest_types: ['step rate'], coupon_min: 2, limit: 25, offset: 50 });
  });
});

describe('muniSearchBody', () => {
  it('sends the state as a one-element list of codes and the issuer as issuer_name', () => {
    expect(
      muniSearchBody(
        { ...emptyFilters.munis, state: 'ca', issuer: ' ABAG Finance ', maturityFrom: '2030-10-30' },
        page,
      ),
    ).toEqual({
      states: ['CA'],
      issuer_name: 'ABAG Finance',
      maturity_date_min: '2030-10-30',
      limit: 25,
      offset: 50,
    });
  });
});

describe('searchBody', () => {
  it('dispatches on the universe', () => {
    expect(searchBody('munis', { ...emptyFilters.munis, couponMin: '5' }, page)).toEqual({
      coupon_min: 5,
      limit: 25,
      offset: 50,
    });
  });
});

describe('activeFilterCount', () => {
  it('counts set text fields, non-empty lists and non-default tri-states', () => {
    expect(activeFilterCount(emptyFilters.bonds)).toBe(0);
    expect(
      activeFilterCount({
        ...emptyFilters.bonds,
        countries: 'Italy',
        assetClasses: ['bond'],
        callable: 'yes',
      }),
    ).toBe(3);
  });
});
