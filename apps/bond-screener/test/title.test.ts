import { describe, expect, it } from 'vitest';
import { bondTitle } from '../src/lib/title';

describe('bondTitle', () => {
  it('prefers the name, then the ticker', () => {
    expect(bondTitle({ name: 'BTP 3.85% 2034', ticker: 'BTPS' }, 'IT0005580540')).toBe('BTP 3.85% 2034');
    expect(bondTitle({ ticker: 'CA AFAGEN 5 11/15/2035' }, 'US00037CUQ13')).toBe('CA AFAGEN 5 11/15/2035');
  });
  it('builds issuer, coupon and maturity otherwise', () => {
    expect(bondTitle({ issuer_name: 'FNMA', interest_rate: 4.5, maturity_date: '2030-01-15' }, 'X')).toBe(
      'FNMA 4.500% 2030-01-15',
    );
  });
  it('falls back to the ISIN', () => {
    expect(bondTitle(undefined, 'IT0005580540')).toBe('IT0005580540');
    expect(bondTitle({ coupon: 3 }, 'IT0005580540')).toBe('IT0005580540');
  });
});
