import { describe, expect, it } from 'vitest';
import { computeAnalytics } from '../src/lib/analytics';

// The Excel PRICE/YIELD example: 5.75% semi-annual 30/360 bullet maturing 2017-11-15, clean 94.63 on 2008-02-15.
const record = {
  isin: 'US0000000000',
  coupon: 5.75,
  coupon_frequency: 2,
  maturity_date: '2017-11-15',
  interest_accrual_convention: '30/360',
  issue_date: '2007-11-15',
};

describe('computeAnalytics', () => {
  it('computes accrued interest, dirty price and yield from the record and the clean price', () => {
    const result = computeAnalytics(record, { price: 94.63, date: '2008-02-15' }, '2026-01-01');
    if (!result.ok) throw new Error(result.reason);
    expect(result.settlement).toBe('2008-02-15');
    expect(result.metrics.accruedInterest).toBeCloseTo(1.4375, 6);
    expect(result.metrics.dirtyPrice).toBeCloseTo(96.0675, 4);
    expect(result.metrics.yield).toBeCloseTo(6.5, 1);
    expect(result.metrics.modifiedDuration).toBeGreaterThan(6);
    expect(result.nextCoupon).toBe('2008-05-15');
  });

  it('settles today when the price has no date', () => {
    const result = computeAnalytics({ ...record, maturity_date: '2040-11-15' }, { price: 100 }, '2026-03-02');
    expect(result.ok && result.settlement).toBe('2026-03-02');
  });

  it('explains why nothing was computed', () => {
    expect(computeAnalytics(undefined, { price: 100 }, '2026-01-01')).toEqual({
      ok: false,
      reason: 'Waiting for the reference data.',
    });
    expect(computeAnalytics(record, { price: null }, '2026-01-01')).toMatchObject({ ok: false });
    expect(computeAnalytics(record, { price: 100, date: '2018-01-01' }, '2026-01-01')).toEqual({
      ok: false,
      reason: 'The bond has matured.',
    });
    const missing = computeAnalytics({ ...record, maturity_date: null }, { price: 100 }, '2026-01-01');
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.reason).toMatch(/maturity_date/);
  });

  it('says why a floating-rate note is not analysed, instead of pricing it as fixed', () => {
    const frn = computeAnalytics(
      { ...record, maturity_date: '2040-11-15', interest_type: 'variable rate' },
      { price: 99, date: '2026-01-02' },
      '2026-01-02',
    );
    expect(frn.ok).toBe(false);
    expect(!frn.ok && frn.reason).toMatch(/variable rate bond: its future coupons depend on a rate/);
  });

  it('adds yield to call and yield to worst for a callable bond', () => {
    // 10% semi-annual, callable at 105 in 2035, priced at 115 (the CFA practice question of the core tests).
    const callable = {
      ...record,
      coupon: 10,
      maturity_date: '2040-06-15',
      issue_date: '2020-06-15',
      is_callable: true,
      optional_redemption_schedule: [{ call_date: '2035-06-15', call_price: 105 }],
    };
    const result = computeAnalytics(callable, { price: 115, date: '2025-06-15' }, '2025-06-15');
    if (!result.ok) throw new Error(result.reason);
    expect(result.calls?.nextCall).toMatchObject({ date: '2035-06-15', price: 105 });
    expect(Math.abs((result.calls?.nextCall.yield ?? 0) - 8.12)).toBeLessThan(0.005);
    expect(result.calls?.worst).toMatchObject({ to: 'call', date: '2035-06-15' });
    expect(result.calls?.worst.yield).toBeLessThan(result.metrics.yield);
  });
});
