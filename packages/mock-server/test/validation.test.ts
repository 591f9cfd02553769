import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MockServer } from '../src/index';
import { post, startMock } from './helpers';

interface ErrorItem {
  title?: string;
  detail: string;
  reason?: string;
  source?: { pointer: string };
}
const errors = (json: unknown) => (json as { errors: ErrorItem[] }).errors;
const pointers = (json: unknown) => errors(json).map((e) => e.source?.pointer);

let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ rateLimit: false });
});
afterAll(() => mock.close());

describe('400: body is not JSON (CONTRACT.md §3)', () => {
  test.each(['{', '{"isins": [}', 'isins=XS2724510792', '\u0000'])('%j', async (raw) => {
    const reply = await post(mock, 'bond_reference', undefined, { raw });
    expect(reply.status).toBe(400);
    expect(errors(reply.json)[0]?.detail).toMatch(/not valid JSON/);
  });

  test('an empty body means no filters where none are required', async () => {
    expect((await post(mock, 'muni_search', undefined, { raw: '' })).status).toBe(200);
    const reply = await post(mock, 'bond_reference', undefined, { raw: '' });
    expect(reply.status).toBe(422);
    expect(pointers(reply.json)).toEqual(['/isins']);
  });
});

describe('422 with title, detail and source.pointer', () => {
  test('a bad ISIN check digit points at /isins/N', async () => {
    const reply = await post(mock, 'bond_reference', { isins: ['XS2724510792', 'US912810TM06'] });
    expect(reply.status).toBe(422);
    expect(errors(reply.json)).toEqual([
      { title: 'Invalid value', detail: 'Invalid ISIN check digit', source: { pointer: '/isins/1' } },
    ]);
  });

  test('ISINs are upper-cased and trimmed before the check', async () => {
    const reply = await post(mock, 'bond_reference', { isins: [' xs2724510792 '] });
    expect(reply.status).toBe(200);
    expect((reply.json as { data: { isin: string }[] }).data[0]?.isin).toBe('XS2724510792');
  });

  test('a wrong type', async () => {
    const reply = await post(mock, 'bond_search', { coupon_min: '3' });
    expect(reply.status).toBe(422);
    expect(errors(reply.json)[0]).toEqual({
      title: 'Invalid value',
      detail: 'Invalid number. Got: string',
      source: { pointer: '/coupon_min' },
    });
  });

  test('a bad date', async () => {
    const reply = await post(mock, 'bond_pricing_history', {
      isin: 'XS1610682764',
      start_date: '2024-02-30',
      end_date: '2024-13-01',
    });
    expect(reply.status).toBe(422);
    expect(pointers(reply.json)).toEqual(['/end_date', '/start_date']);
    expect(errors(reply.json)[0]?.title).toBe('Invalid value');
  });

  test.each([
    ['bond_pricing_history', { isin: 'XS1610682764', start_date: '2024-02-01', end_date: '2024-01-01' }],
    ['agency_pricing_history', { isin: 'US3134HCZH51', start_date: '2026-06-01', end_date: '2026-05-01' }],
    ['muni_pricing_history', { isin: 'US005824LP01', start_date: '2025-03-01', end_date: '2025-02-01' }],
    ['inflation_factors', { country: 'DE', start_date: '2025-03-01', end_date: '2025-02-01' }],
    ['muni_stats_trade_activity', { start_date: '2025-03-01', end_date: '2025-02-01' }],
  ])('end before start: %s', async (name, body) => {
    const reply = await post(mock, name, body);
    expect(reply.status).toBe(422);
    expect(errors(reply.json)).toEqual([
      {
        title: 'Invalid value',
        detail: 'end_date must be greater than or equal to start_date',
        source: { pointer: '/end_date' },
      },
    ]);
  });

  test('unknown fields are rejected at every level', async () => {
    const top = await post(mock, 'bond_search', { countries: ['Italy'], country: 'Italy' });
    expect(top.status).toBe(422);
    expect(errors(top.json)).toEqual([
      {
        title: 'Unknown field',
        detail: expect.stringMatching(/Unknown field country/),
        source: { pointer: '/country' },
      },
    ]);
    const nested = await post(mock, 'muni_price_to_yield', [
      { isin: 'US005824LP01', trade_data: [{ price: 101, settlement_date: '2025-01-02', yield: 4 }] },
    ]);
    expect(nested.status).toBe(422);
    expect(pointers(nested.json)).toEqual(['/0/trade_data/0/yield']);
  });

  test('one error per problem', async () => {
    const reply = await post(mock, 'muni_entity_search', { search_query: '', limit: 51, extra: true });
    expect(reply.status).toBe(422);
    expect(pointers(reply.json)?.sort()).toEqual(['/extra', '/limit', '/search_query']);
  });

  test('the wrong top-level shape points at the root', async () => {
    const reply = await post(mock, 'muni_price_to_yield', { isin: 'US005824LP01' });
    expect(reply.status).toBe(422);
    expect(pointers(reply.json)).toEqual(['']);
  });

  test.each([
    ['group_by', 'toString'],
    ['group_by', '__proto__'],
    ['period', 'constructor'],
  ])('stats option %s=%j (an inherited property name) is a 422, not a crash', async (field, value) => {
    const reply = await post(mock, 'muni_stats_trade_activity', {
      start_date: '2025-01-01',
      end_date: '2025-01-31',
      [field]: value,
    });
    expect(reply.status).toBe(422);
    expect(pointers(reply.json)).toEqual([`/${field}`]);
  });

  test('unknown sort keys and stats options are 422s with pointers', async () => {
    expect(pointers((await post(mock, 'agency_search', { sort: '-colour' })).json)).toEqual(['/sort']);
    expect(pointers((await post(mock, 'muni_search', { sort: ['coupon', 'colour'] })).json)).toEqual([
      '/sort/1',
    ]);
    expect(
      pointers(
        (
          await post(mock, 'muni_stats_trade_activity', {
            start_date: '2025-01-01',
            end_date: '2025-01-31',
            group_by: 'colour',
          })
        ).json,
      ),
    ).toEqual(['/group_by']);
    expect(
      pointers(
        (
          await post(mock, 'muni_stats_top_issuers', {
            start_date: '2025-01-01',
            end_date: '2025-01-31',
            rank_by: 'colour',
          })
        ).json,
      ),
    ).toEqual(['/rank_by']);
  });
});
