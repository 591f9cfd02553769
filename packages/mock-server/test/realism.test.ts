import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, type MockServer } from '../src/index';
import { post, rows } from './helpers';

// Issue #18 "Mock data realism" and the misfits of issue #20: denominations, discount issue prices, floaters that
// reset with the market, and municipal trades that all carry a price.
let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer({ rateLimit: false, quota: false });
}, 30_000);
afterAll(() => mock.close());

describe('mock data realism', () => {
  test('denominations are whole currency units, per market (the spec types them integer)', async () => {
    const govies = rows(
      await post(mock, 'bond_search', {
        full_reference_data: true,
        include_non_outstanding: true,
        limit: 1000,
      }),
    ).filter((r) => r.issuer_type === 'government');
    expect(govies.length).toBeGreaterThan(100);
    for (const r of govies) {
      for (const field of ['minimum_denomination', 'integral_multiple']) {
        const value = r[field];
        expect(Number.isInteger(value) && (value as number) >= 1, `${r.isin} ${field} ${value}`).toBe(true);
      }
    }
    const market = async (country: string) =>
      rows(
        await post(mock, 'bond_search', {
          countries: [country],
          full_reference_data: true,
          include_non_outstanding: true,
          limit: 1000,
        }),
      ).filter((r) => r.issuer_type === 'government');
    const btps = await market('Italy');
    expect(btps.length).toBeGreaterThan(0);
    expect(new Set(btps.map((r) => r.minimum_denomination))).toEqual(new Set([1000]));
    const treasuries = await market('United States');
    expect(treasuries.length).toBeGreaterThan(0);
    expect(new Set(treasuries.map((r) => r.minimum_denomination))).toEqual(new Set([100]));
  });

  test('zero-coupon agency bonds are issued at a discount, coupon bonds at par', async () => {
    const all = rows(await post(mock, 'agency_search', { full_reference_data: true, limit: 1000 }));
    const zeros = all.filter((r) => r.interest_type === 'zero rate / discount rate');
    expect(zeros.length).toBeGreaterThan(0);
    for (const r of zeros) {
      const price = r.issue_price as number;
      expect(price > 20 && price < 100, `${r.isin} issued at ${price}`).toBe(true);
    }
    expect(all.filter((r) => r.interest_type === 'fixed rate').every((r) => r.issue_price === 100)).toBe(
      true,
    );
  });

  test('floating-rate notes reset from the index path: yields follow rates, prices stay near par', async () => {
    const floaters = rows(
      await post(mock, 'bond_search', {
        interest_types: ['variable rate'],
        currencies: ['EUR', 'USD', 'GBP'],
        full_reference_data: true,
        include_non_outstanding: true,
        limit: 1000,
      }),
    ).filter((r) => (r.issue_date as string) <= '2020-12-31' && (r.maturity_date as string) >= '2024-06-30');
    expect(floaters.length).toBeGreaterThan(0);
    for (const r of floaters) {
      const history = rows(
        await post(mock, 'bond_pricing_history', {
          isin: r.isin,
          start_date: '2020-06-01',
          end_date: '2024-06-30',
        }),
      );
      const yields = history.map((h) => h.yield_to_maturity as number);
      const prices = history.map((h) => h.price as number);
      // 2020–21 fixings sat at the floor, 2023–24 ones 2–4 points higher: not one flat coupon for the whole life.
      expect(Math.max(...yields) - Math.min(...yields), String(r.isin)).toBeGreaterThan(1);
      expect(Math.min(...prices)).toBeGreaterThan(97);
      expect(Math.max(...prices)).toBeLessThan(103);
    }
  });

  test('no municipal trade settles on or after maturity, and every trade has a price', async () => {
    const matured = rows(
      await post(mock, 'muni_search', {
        maturity_date_max: mock.dataset.dataDate,
        include_bonds_without_os: true,
        limit: 1000,
      }),
    ).filter((r) => (r.maturity_date as string) < mock.dataset.dataDate);
    expect(matured.length).toBeGreaterThan(20);
    const sample = matured.filter((_, i) => i % Math.ceil(matured.length / 40) === 0);
    let trades = 0;
    for (const r of sample) {
      const maturity = r.maturity_date as string;
      const history = rows(
        await post(mock, 'muni_pricing_history', {
          isin: r.isin,
          start_date: '2000-01-01',
          end_date: mock.dataset.dataDate,
        }),
      );
      for (const t of history) {
        trades++;
        expect(t.settlement_date as string, `${r.isin} matures ${maturity}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((t.settlement_date as string) < maturity, `${r.isin} settles ${t.settlement_date}`).toBe(true);
        expect(typeof t.price, `${r.isin} ${t.trade_datetime}`).toBe('number');
      }
    }
    expect(trades).toBeGreaterThan(100);
    const latest = rows(await post(mock, 'muni_pricing_latest', { isins: sample.map((r) => r.isin) }));
    expect(latest.length).toBeGreaterThan(0);
    expect(latest.every((t) => typeof t.price === 'number')).toBe(true);
  });
});
