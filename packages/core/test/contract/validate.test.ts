import { describe, expect, it } from 'vitest';
import { type OperationParams, validateRequest } from '../../src/index';

const pointers = (result: ReturnType<typeof validateRequest>) =>
  result.success ? [] : result.errors.map((e) => e.source?.pointer);

describe('validateRequest', () => {
  it('normalises ISINs (trim, upper-case) before checking them', () => {
    const result = validateRequest('bond_reference', { isins: [' us0378331005 ', 'xs2724510792'] });
    expect(result).toEqual({ success: true, data: { isins: ['US0378331005', 'XS2724510792'] } });
  });

  it('rejects a bad check digit with the API message and a pointer to the item', () => {
    const result = validateRequest('bond_reference', { isins: ['US0378331005', 'US912810TM06'] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toEqual([
      { title: 'Invalid value', detail: 'Invalid ISIN check digit', source: { pointer: '/isins/1' } },
    ]);
  });

  it('rejects wrong lengths and wrong types in the API wording', () => {
    const result = validateRequest('bond_reference', { isins: ['US037833100', 7] });
    expect(pointers(result)).toContain('/isins/0');
    expect(result.success ? [] : result.errors.map((e) => e.detail)).toContain(
      'Invalid string. Got: integer',
    );
  });

  it('reports one problem for an ISIN of the wrong length (no check-digit noise at the same pointer)', () => {
    const result = validateRequest('bond_reference', { isins: ['NOT-AN-ISIN'] });
    expect(result.success ? [] : result.errors).toEqual([
      { title: 'Invalid value', detail: 'Required string length: 12', source: { pointer: '/isins/0' } },
    ]);
  });

  it('rejects dates that do not exist and end dates before start dates', () => {
    expect(
      pointers(
        validateRequest('bond_pricing_history', {
          isin: 'XS1610682764',
          start_date: '2023-02-29',
          end_date: '2024-01-01',
        }),
      ),
    ).toEqual(['/start_date']);
    const reversed = validateRequest('bond_pricing_history', {
      isin: 'XS1610682764',
      start_date: '2024-02-01',
      end_date: '2024-01-01',
    });
    expect(reversed.success ? [] : reversed.errors).toEqual([
      {
        title: 'Invalid value',
        detail: 'end_date must be greater than or equal to start_date',
        source: { pointer: '/end_date' },
      },
    ]);
  });

  it('rejects a reversed window where the spec states no check too (muni_pricing_history)', () => {
    const body = { isin: 'US005824LP01', start_date: '2025-03-01', end_date: '2025-02-01' };
    for (const strict of [false, true]) {
      const reversed = validateRequest('muni_pricing_history', body, { strict });
      expect(reversed.success ? [] : reversed.errors).toEqual([
        {
          title: 'Invalid value',
          detail: 'end_date must be greater than or equal to start_date',
          source: { pointer: '/end_date' },
        },
      ]);
    }
    expect(validateRequest('muni_pricing_history', { ...body, end_date: '2025-03-01' }).success).toBe(true);
  });

  it('reports missing required fields', () => {
    expect(pointers(validateRequest('bond_pricing_history', { isin: 'XS1610682764' }))).toEqual([
      '/end_date',
      '/start_date',
    ]);
  });

  it('enforces numeric ranges and closed enums from the spec', () => {
    expect(pointers(validateRequest('muni_entity_search', { search_query: 'x', limit: 51 }))).toEqual([
      '/limit',
    ]);
    expect(pointers(validateRequest('agency_search', { limit: -1 }))).toEqual(['/limit']);
    expect(validateRequest('muni_search', { limit: -1 }).success).toBe(true);
    expect(pointers(validateRequest('muni_search', { limit: 1.5 }))).toEqual(['/limit']);
    expect(pointers(validateRequest('inflation_factors', { country: 'GB' }))).toEqual(['/country']);
  });

  it('passes unknown fields through by default and rejects them in strict mode', () => {
    expect(validateRequest('bond_reference', { isins: ['US0378331005'], future_flag: true })).toEqual({
      success: true,
      data: { isins: ['US0378331005'], future_flag: true },
    });
    const strict = validateRequest(
      'bond_reference',
      { isins: ['US0378331005'], future_flag: true },
      { strict: true },
    );
    expect(strict.success ? [] : strict.errors).toEqual([
      expect.objectContaining({ title: 'Unknown field', source: { pointer: '/future_flag' } }),
    ]);
  });

  it('validates the top-level array body of muni_price_to_yield with nested pointers', () => {
    const result = validateRequest('muni_price_to_yield', [
      { isin: 'US005824LP01', trade_data: [{ price: 101.78, settlement_date: '2025-01-01' }] },
      { isin: 'US005824LP01', trade_data: [{ price: '101', settlement_date: '2025-13-01' }] },
    ]);
    expect(pointers(result)).toEqual(['/1/trade_data/0/price', '/1/trade_data/0/settlement_date']);
    expect(pointers(validateRequest('muni_price_to_yield', { inputs: [] }))).toEqual(['']);
  });

  it('escapes pointer segments as RFC 6901 says', () => {
    const strict = validateRequest(
      'bond_reference',
      { isins: ['US0378331005'], 'a/b~c': 1 },
      { strict: true },
    );
    expect(pointers(strict)).toEqual(['/a~1b~0c']);
  });
});

describe('request param types', () => {
  it('list only the known fields, so a typo is a compile error (checked by tsc in CI)', () => {
    const ok: OperationParams<'bond_search'> = { countries: ['Italy'], coupon_min: 3 };
    // @ts-expect-error `countriez` is not a bond_search field
    const typo: OperationParams<'bond_search'> = { countriez: ['Italy'] };
    expect(validateRequest('bond_search', ok).success).toBe(true);
    expect(validateRequest('bond_search', typo, { strict: true }).success).toBe(false);
  });
});
