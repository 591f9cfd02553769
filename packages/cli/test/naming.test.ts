import { describe, expect, test } from 'vitest';
import { camelToKebab, fieldFlag, kebabToSnake, snakeToKebab } from '../src/naming';

describe('names', () => {
  test('client methods become kebab-case commands', () => {
    expect(camelToKebab('pricingLatest')).toBe('pricing-latest');
    expect(camelToKebab('statsTopIssuers')).toBe('stats-top-issuers');
    expect(camelToKebab('search')).toBe('search');
    expect(camelToKebab('convertToIsin')).toBe('convert-to-isin');
  });
  test('snake_case fields become --kebab flags', () => {
    expect(snakeToKebab('coupon_min')).toBe('coupon-min');
    expect(fieldFlag('maturity_date_max')).toBe('--maturity-date-max');
    expect(kebabToSnake('muni-price-to-yield')).toBe('muni_price_to_yield');
  });
});
