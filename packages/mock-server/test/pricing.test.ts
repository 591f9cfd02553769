import type { BondReferenceLike } from '@terrapin/core/analytics';
import { bondFromReference, bondMetrics, cashflowSchedule, yieldFromPrice } from '@terrapin/core/analytics';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, type MockServer } from '../src/index';
import { post, rows, total } from './helpers';

type Row = Record<string, unknown>;
let mock: MockServer;
let bonds: Row[];
let agency: Row[];

beforeAll(async () => {
  mock = await createMockServer({ rateLimit: false, quota: false });
  const fixed = { interest_types: ['fixed rate'], full_reference_data: true, limit: 1000 };
  bonds = rows(await post(mock, 'bond_search', fixed)).filter((_, i) => i % 40 === 0);
  agency = rows(await post(mock, 'agency_search', { ...fixed, is_callable: false })).filter(
    (_, i) => i % 10 === 0,
  );
}, 30_000);
afterAll(() => mock.close());

/** Checks that the reported yield and risk are the analytics' for the reported price. */
function checkRow(reference: Row, row: Row) {
  const bond = bondFromReference(reference as BondReferenceLike);
  const settlement = row.date as string;
  expect(yieldFromPrice(bond, row.price as number, settlement)).toBeCloseTo(
    row.yield_to_maturity as number,
    4,
  );
  const m = bondMetrics(bond, { cleanPrice: row.price as number }, settlement);
  expect(m.macaulayDuration).toBeCloseTo(row.duration as number, 4);
  expect(m.modifiedDuration).toBeCloseTo(row.modified_duration as number, 4);
  expect(m.convexity).toBeCloseTo(row.convexity as number, 3);
}

describe('prices, yields and risk agree (street convention, @terrapin/core/analytics)', () => {
  test('gov/corp histories: yieldFromPrice(price) equals the reported yield', async () => {
    expect(bonds.length).toBeGreaterThan(10);
    for (const reference of bonds) {
      const history = await post(mock, 'bond_pricing_history', {
        isin: reference.isin,
        start_date: '2024-01-01',
        end_date: mock.dataset.dataDate,
      });
      const series = rows(history);
      expect(series.length, reference.isin as string).toBeGreaterThan(0);
      for (const row of series.filter((_, i) => i % 25 === 0)) checkRow(reference, row);
      // Newest first, and the latest price is the newest row of the history.
      const dates = series.map((r) => r.date as string);
      expect(dates).toEqual([...dates].sort().reverse());
      const [latest] = rows(await post(mock, 'bond_pricing_latest', { isins: [reference.isin] }));
      const { estimated_volume: _, ...newest } = series[0]!;
      expect(latest).toEqual(newest);
    }
  });

  test('agency histories too', async () => {
    for (const reference of agency) {
      const series = rows(
        await post(mock, 'agency_pricing_history', {
          isin: reference.isin,
          start_date: '2025-01-01',
          end_date: mock.dataset.dataDate,
        }),
      );
      for (const row of series.filter((_, i) => i % 30 === 0)) {
        checkRow(reference, row);
        expect(typeof row.id).toBe('string');
      }
    }
  });

  test('prices move day by day, by plausible steps', async () => {
    const reference = bonds.find((b) => (b.maturity_date as string) > '2035-01-01')!;
    const series = rows(
      await post(mock, 'bond_pricing_history', {
        isin: reference.isin,
        start_date: '2025-01-01',
        end_date: '2025-12-31',
      }),
    );
    const prices = series.map((r) => r.price as number);
    expect(new Set(prices).size).toBeGreaterThan(prices.length * 0.8);
    for (let i = 1; i < prices.length; i++) expect(Math.abs(prices[i]! - prices[i - 1]!)).toBeLessThan(4);
  });

  test('cash flows follow coupon, frequency and maturity', async () => {
    const cashflows = rows<{ isin: string; cashflows: { amount: number; date: string; type: string }[] }>(
      await post(mock, 'bond_cashflows', { isins: bonds.map((b) => b.isin) }),
    );
    expect(cashflows).toHaveLength(bonds.length);
    for (const item of cashflows) {
      const reference = bonds.find((b) => b.isin === item.isin)!;
      expect(item.cashflows).toEqual(
        cashflowSchedule(bondFromReference(reference as BondReferenceLike)).map((f) => ({
          ...f,
          amount: Math.round(f.amount * 1e6) / 1e6,
        })),
      );
      const last = item.cashflows.at(-1)!;
      expect(last).toEqual({ amount: 100, date: reference.maturity_date, type: 'principal' });
      const coupons = item.cashflows.filter((f) => f.type === 'interest');
      const regular = (reference.coupon as number) / (reference.coupon_frequency as number);
      expect(coupons.filter((f) => Math.abs(f.amount - regular) < 1e-9).length).toBeGreaterThanOrEqual(
        coupons.length - 2,
      );
    }
  });
});

describe('municipal trades and price_to_yield', () => {
  test('trades carry types and times; price_to_yield gives their yields back', async () => {
    const { data: series } = (await post(mock, 'muni_pricing_daily_history', { trade_date: '2025-03-04' }))
      .json as { data: Row[] };
    expect(series.length).toBeGreaterThan(100);
    expect(new Set(series.map((t) => t.trade_type))).toEqual(
      new Set(['customer_bought', 'customer_sold', 'inter_dealer']),
    );
    for (const t of series) {
      expect(t.trade_datetime as string).toMatch(/^2025-03-04T\d{2}:\d{2}:\d{2}$/);
      expect(typeof t.price).toBe('number');
      expect(typeof t.ytm_semi_annual).toBe('number');
    }
    const sample = series.filter((t) => t.price !== null).filter((_, i) => i % 10 === 0);
    const reply = await post(
      mock,
      'muni_price_to_yield',
      sample.map((t) => ({
        isin: t.isin,
        trade_data: [{ price: t.price, settlement_date: t.settlement_date }],
      })),
    );
    const answers = rows<{ isin: string; trade_data: Row[] }>(reply);
    expect(answers).toHaveLength(sample.length);
    answers.forEach((answer, i) => {
      const trade = sample[i]!;
      expect(answer.isin).toBe(trade.isin);
      for (const key of ['ytm_semi_annual', 'ytm_continuous', 'ytc_semi_annual', 'ytc_continuous']) {
        expect(answer.trade_data[0]![key], `${trade.isin} ${key}`).toEqual(trade[key]);
      }
    });
  });

  test('yields are the analytics yields of the bond (fixed-rate munis)', async () => {
    const search = {
      interest_types: ['fixed rate'],
      issue_date_max: '2026-01-01',
      maturity_date_min: '2030-01-01',
      full_reference_data: true,
      limit: 40,
    };
    const refs = rows(await post(mock, 'muni_search', search));
    expect(refs).toHaveLength(40);
    const requests = refs.map((r) => ({
      isin: r.isin,
      trade_data: [{ price: 98.5, settlement_date: '2026-03-02' }],
    }));
    const answers = rows<{ isin: string; trade_data: Row[] }>(
      await post(mock, 'muni_price_to_yield', requests),
    );
    answers.forEach((answer, i) => {
      const bond = bondFromReference(refs[i] as BondReferenceLike);
      const ytm = yieldFromPrice(bond, 98.5, '2026-03-02');
      expect(answer.trade_data[0]!.ytm_semi_annual as number).toBeCloseTo(ytm, 3);
      expect(answer.trade_data[0]!.ytm_continuous as number).toBeCloseTo(200 * Math.log(1 + ytm / 200), 4);
    });
  });

  test('when-issued trades (between sale and dated date) are priced too', async () => {
    const refs = rows(
      await post(mock, 'muni_search', {
        issued_amount_min: 5_000_000,
        full_reference_data: true,
        limit: 300,
      }),
    );
    const trades: Row[] = [];
    for (const r of refs) {
      if ((r.award_date as string) >= (r.dated_date as string)) continue;
      const window = { isin: r.isin, start_date: r.award_date, end_date: r.dated_date };
      trades.push(
        ...rows(await post(mock, 'muni_pricing_history', window)).filter((t) => t.is_when_issued_trade),
      );
    }
    expect(trades.length).toBeGreaterThan(3);
    for (const t of trades) expect(typeof t.price).toBe('number');
  });

  test('history is newest first, within the window, latest is its first row', async () => {
    const [muni] = rows(
      await post(mock, 'muni_search', {
        issued_amount_min: 10_000_000,
        maturity_date_min: '2035-01-01',
        limit: 1,
      }),
    );
    const history = await post(mock, 'muni_pricing_history', {
      isin: muni!.isin,
      start_date: '2025-01-01',
      end_date: mock.dataset.dataDate,
    });
    const trades = rows(history);
    expect(total(history)).toBe(trades.length);
    expect(trades.length).toBeGreaterThan(5);
    const times = trades.map((t) => t.trade_datetime as string);
    expect(times).toEqual([...times].sort().reverse());
    const [latest] = rows(await post(mock, 'muni_pricing_latest', { isins: [muni!.isin] }));
    expect(latest).toEqual(trades[0]);
  });
});
