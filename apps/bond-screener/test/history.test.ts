import { describe, expect, it } from 'vitest';
import { latestTradesFirst, priceChange, pricingPoints, tradePoints } from '../src/lib/history';

describe('pricingPoints', () => {
  it('keeps dated rows with a price or a yield, oldest first', () => {
    expect(
      pricingPoints([
        { date: '2025-01-03', price: 101, yield_to_maturity: 3.1 },
        { date: '2025-01-02', price: 100.5, yield_to_maturity: null },
        { date: null, price: 99 },
        { date: '2025-01-04', price: null, yield_to_maturity: null },
      ]),
    ).toEqual([
      { date: '2025-01-02', price: 100.5, yield: null },
      { date: '2025-01-03', price: 101, yield: 3.1 },
    ]);
  });
});

describe('tradePoints', () => {
  it('takes the last uncancelled trade of each day, with or without a zone on the timestamp', () => {
    expect(
      tradePoints([
        { trade_datetime: '2025-03-01T15:00:00Z', price: 101, ytm_semi_annual: 3 },
        { trade_datetime: '2025-03-01T10:00:00', price: 100, ytm_semi_annual: 3.2 },
        { trade_datetime: '2025-03-01T16:00:00', price: 90, ytm_semi_annual: 9, is_cancelled: true },
        { trade_datetime: '2025-02-27T12:00:00', price: 99.5, ytm_semi_annual: 3.3 },
      ]),
    ).toEqual([
      { date: '2025-02-27', price: 99.5, yield: 3.3 },
      { date: '2025-03-01', price: 101, yield: 3 },
    ]);
  });
});

describe('latestTradesFirst and priceChange', () => {
  it('orders trades newest first', () => {
    const trades = [{ trade_datetime: '2025-01-01T00:00:00' }, { trade_datetime: '2025-02-01T00:00:00' }];
    expect(latestTradesFirst(trades)[0]?.trade_datetime).toBe('2025-02-01T00:00:00');
  });
  it('measures the change over the window', () => {
    expect(
      priceChange([
        { date: 'a', price: 100, yield: null },
        { date: 'b', price: null, yield: 1 },
        { date: 'c', price: 101.5, yield: null },
      ]),
    ).toEqual({ from: 100, to: 101.5, change: 1.5 });
    expect(priceChange([])).toBeNull();
  });
});
