import { afterEach, describe, expect, test } from 'vitest';
import type { MockServer } from '../src/index';
import { post, startMock } from './helpers';

const errorOf = (json: unknown) => (json as { errors: { detail: string; reason?: string }[] }).errors[0]!;

let mock: MockServer | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

describe('monthly ISIN quota (CONTRACT.md §5)', () => {
  test('distinct ISINs per month: repeats are free, new ones past the quota get a 403', async () => {
    let now = Date.UTC(2025, 6, 30, 23, 0);
    mock = await startMock({ quota: 3, now: () => now });
    expect((await post(mock, 'bond_reference', { isins: ['XS2724510792', 'XS1610682764'] })).status).toBe(
      200,
    );
    expect(mock.state.quotaUsed()).toBe(2);
    // A repeated ISIN (any quota-consuming operation) costs nothing.
    expect((await post(mock, 'bond_pricing_latest', { isins: ['xs2724510792'] })).status).toBe(200);
    expect(
      (
        await post(mock, 'bond_pricing_history', {
          isin: 'XS1610682764',
          start_date: '2023-12-01',
          end_date: '2024-01-01',
        })
      ).status,
    ).toBe(200);
    expect(mock.state.quotaUsed()).toBe(2);
    // Two new ISINs do not fit: refused as a whole, nothing charged.
    const refused = await post(mock, 'bond_cashflows', {
      isins: ['GB00BSGJXG32', 'IT0005571952', 'XS2724510792'],
    });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json).reason).toBe('quota_exhausted');
    expect(errorOf(refused.json).detail).toMatch(
      /^Monthly ISIN quota exhausted: 2 of 3 distinct ISINs used in 2025-07; this request needs 2 more/,
    );
    expect(mock.state.quotaUsed()).toBe(2);
    expect((await post(mock, 'muni_reference', { isins: ['US005824LP01'] })).status).toBe(200);
    expect((await post(mock, 'muni_reference', { isins: ['US00037CUQ13'] })).status).toBe(403);
    // Already-pulled ISINs still work at the limit.
    expect((await post(mock, 'bond_reference', { isins: ['XS2724510792', 'XS1610682764'] })).status).toBe(
      200,
    );
    expect(mock.state.quotaIsins()).toEqual(['XS2724510792', 'XS1610682764', 'US005824LP01']);
    // Operations that do not consume quota are not affected.
    expect((await post(mock, 'muni_search', { isins: ['US00037CUQ13'] })).status).toBe(200);
    expect((await post(mock, 'muni_events', { isins: ['US00037CUQ13'] })).status).toBe(200);
    // A new UTC month starts from zero.
    now = Date.UTC(2025, 7, 1, 0, 30);
    expect((await post(mock, 'muni_reference', { isins: ['US00037CUQ13'] })).status).toBe(200);
    expect(mock.state.quotaUsed()).toBe(1);
  });

  test('reset() forgets the quota; quota: false disables it', async () => {
    mock = await startMock({ quota: 1 });
    expect((await post(mock, 'bond_reference', { isins: ['XS2724510792'] })).status).toBe(200);
    expect((await post(mock, 'bond_reference', { isins: ['XS1610682764'] })).status).toBe(403);
    mock.reset();
    expect((await post(mock, 'bond_reference', { isins: ['XS1610682764'] })).status).toBe(200);
    await mock.close();
    mock = await startMock({ quota: false });
    const isins = (await post(mock, 'bond_search', { limit: 200 })).json as { data: { isin: string }[] };
    expect((await post(mock, 'bond_reference', { isins: isins.data.map((r) => r.isin) })).status).toBe(200);
  });
});

describe('tier (CONTRACT.md §5)', () => {
  test('operations outside the tier get a 403 "not in your tier"', async () => {
    mock = await startMock({ tier: { operations: ['bond_search', 'bond_reference'] } });
    expect((await post(mock, 'bond_search', { limit: 1 })).status).toBe(200);
    const refused = await post(mock, 'muni_search', {});
    expect(refused.status).toBe(403);
    expect(errorOf(refused.json)).toEqual({
      detail: 'Endpoint muni_search is not in your tier',
      reason: 'not_in_tier',
    });
  });

  test('full_reference_data and old history need the tier', async () => {
    mock = await startMock({ tier: { fullReferenceData: false, historyDays: 365 }, dataDate: '2025-08-29' });
    expect((await post(mock, 'bond_search', { full_reference_data: true })).status).toBe(403);
    expect((await post(mock, 'bond_search', { full_reference_data: false, limit: 1 })).status).toBe(200);
    const old = await post(mock, 'muni_pricing_history', {
      isin: 'US1966324Q32',
      start_date: '2024-01-01',
      end_date: '2025-03-01',
    });
    expect(old.status).toBe(403);
    expect(errorOf(old.json).detail).toBe('Price history before 2024-08-29 is not in your tier (365 days)');
    expect(
      (
        await post(mock, 'muni_pricing_history', {
          isin: 'US1966324Q32',
          start_date: '2025-02-01',
          end_date: '2025-03-01',
        })
      ).status,
    ).toBe(200);
    expect(
      (await post(mock, 'bond_pricing_latest', { isins: ['XS2724510792'], as_of_date: '2020-01-02' })).status,
    ).toBe(403);
  });
});
