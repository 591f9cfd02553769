import { describe, expect, it } from 'vitest';
import { fieldForPointer, fieldInputId } from '../src/lib/pointers';

describe('fieldForPointer', () => {
  it('maps a body field to the filter input that produced it', () => {
    expect(fieldForPointer('bonds', '/coupon_min')).toBe('couponMin');
    expect(fieldForPointer('bonds', '/maturity_date_max')).toBe('maturityTo');
    expect(fieldForPointer('agency', '/is_callable')).toBe('callable');
    expect(fieldForPointer('munis', '/issuer_name')).toBe('issuer');
  });
  it('maps list items to the list field', () => {
    expect(fieldForPointer('bonds', '/countries/1')).toBe('countries');
    expect(fieldForPointer('munis', '/states/0')).toBe('state');
  });
  it('sends paging problems to the page-size control', () => {
    expect(fieldForPointer('agency', '/limit')).toBe('pageSize');
    expect(fieldForPointer('munis', '/offset')).toBe('pageSize');
  });
  it('returns null for the root, unknown fields and non-pointers', () => {
    expect(fieldForPointer('bonds', '')).toBeNull();
    expect(fieldForPointer('bonds', '/')).toBeNull();
    expect(fieldForPointer('bonds', '/handles/0')).toBeNull();
    expect(fieldForPointer('bonds', 'coupon_min')).toBeNull();
    expect(fieldForPointer('bonds', null)).toBeNull();
    expect(fieldForPointer('agency', '/countries/0')).toBeNull();
  });
  it('decodes escaped reference tokens', () => {
    expect(fieldForPointer('bonds', '/coupon~1min')).toBeNull();
    expect(fieldForPointer('bonds', '/coupon_min~0')).toBeNull();
  });
});

describe('fieldInputId', () => {
  it('is unique per universe', () => {
    expect(fieldInputId('bonds', 'couponMin')).toBe('filter-bonds-couponMin');
    expect(fieldInputId('munis', 'couponMin')).not.toBe(fieldInputId('bonds', 'couponMin'));
  });
});
