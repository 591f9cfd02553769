import { describe, expect, it } from 'vitest';
import {
  type Bond,
  callScheduleFromReference,
  priceFromYield,
  TerrapinAnalyticsError,
  yieldFromPrice,
  yieldToCall,
  yieldToWorst,
} from '../../src/analytics/index';

const close = (got: number, expected: number, tol = 1e-9) =>
  expect(Math.abs(got - expected)).toBeLessThan(tol);

/**
 * Excel's documented PRICE formula for N > 1 coupons left (Microsoft's PRICE function page), written out
 * independently of the library: redemption R, coupon rate c, yield y, frequency f, A days accrued, E days in the
 * period, DSC days to the next coupon, N coupons left.
 */
function excelPrice(R: number, c: number, y: number, f: number, N: number, A: number, E: number): number {
  const DSC = E - A;
  const g = 1 + y / f;
  let sum = R / g ** (N - 1 + DSC / E);
  for (let k = 1; k <= N; k += 1) sum += (100 * c) / f / g ** (k - 1 + DSC / E);
  return sum - ((100 * c) / f) * (A / E);
}

describe('yieldToCall: external vectors', () => {
  it("is Excel's YIELD documentation example when the call date stands in for maturity (6.50000068807314%)", () => {
    // YIELD(2008-02-15, 2016-11-15, 5.75%, 95.04287, 100, 2, 0) = 6.50000068807314%; here the bond runs to 2030
    // and 2016-11-15 is its call date at par.
    const bond: Bond = { coupon: 5.75, frequency: 2, maturity: '2030-11-15', dayCount: '30/360' };
    close(yieldToCall(bond, 95.04287, '2008-02-15', { date: '2016-11-15', price: 100 }), 6.50000068807314);
  });

  it('recovers the yield of the documented Excel PRICE formula with a call price above par (102)', () => {
    // Settles 2025-02-03, call 2031-06-15 at 102: N = 13 coupons, A = 48 days (30/360), E = 180.
    const bond: Bond = { coupon: 6, frequency: 2, maturity: '2040-06-15', dayCount: '30/360' };
    const price = excelPrice(102, 0.06, 0.0525, 2, 13, 48, 180);
    close(yieldToCall(bond, price, '2025-02-03', { date: '2031-06-15', price: 102 }), 5.25, 1e-9);
  });

  it('CFA practice question: 10% semi-annual at 115, callable in 10 years at 105 → 8.12%', () => {
    // analystnotes.com CFA practice question: N = 20, PMT = 5, PV = −115, FV = 105 → 4.058% a half-year.
    const bond: Bond = { coupon: 10, frequency: 2, maturity: '2040-06-15', dayCount: '30/360' };
    const ytc = yieldToCall(bond, 115, '2025-06-15', { date: '2035-06-15', price: 105 });
    expect(Math.abs(ytc - 8.12)).toBeLessThan(0.005);
    // The same cash flows as a plain annuity: 115 = 5·a(20, r) + 105·v^20.
    const r = ytc / 200;
    const v20 = (1 + r) ** -20;
    close(5 * ((1 - v20) / r) + 105 * v20, 115, 1e-9);
  });

  it('textbook question: 5.75% semi-annual at 103.791, callable in 4 years at 108.5 → 6.55%', () => {
    // A $1,000 bond, 19 years left, callable in four years at $1,085, priced at $1,037.91 (RATE(8, 28.75,
    // −1037.91, 1085) × 2 = 6.55%).
    const bond: Bond = { coupon: 5.75, frequency: 2, maturity: '2044-03-01', dayCount: '30/360' };
    const ytc = yieldToCall(bond, 103.791, '2025-03-01', { date: '2029-03-01', price: 108.5 });
    expect(Math.abs(ytc - 6.55)).toBeLessThan(0.005);
  });

  it('a call between coupon dates ends in a short last period: ODDLYIELD with the call as maturity', () => {
    // ODDLYIELD(2008-04-20, 2008-06-15, 2007-12-24, 3.75%, 99.875, 100, 2, 0) = 4.51922356291692% (Excel docs):
    // a bond paying 24 Jun / 24 Dec, called on 2008-06-15 at par.
    const bond: Bond = { coupon: 3.75, frequency: 2, maturity: '2015-12-24', dayCount: '30/360' };
    close(yieldToCall(bond, 99.875, '2008-04-20', { date: '2008-06-15' }), 4.51922356291692);
  });

  it('a full price gives the same yield as the clean price plus accrued', () => {
    const bond: Bond = { coupon: 6, frequency: 2, maturity: '2040-06-15', dayCount: '30/360' };
    const call = { date: '2031-06-15', price: 102 };
    const clean = yieldToCall(bond, 101, '2025-02-03', call);
    close(yieldToCall(bond, 101 + (48 / 180) * 3, '2025-02-03', call, { dirty: true }), clean, 1e-10);
  });

  it('a call on or after maturity is redemption at maturity at the call price', () => {
    const bond: Bond = { coupon: 4, frequency: 2, maturity: '2034-01-15', dayCount: '30/360' };
    close(
      yieldToCall(bond, 97, '2025-01-15', { date: '2034-01-15', price: 100 }),
      yieldFromPrice(bond, 97, '2025-01-15'),
      1e-10,
    );
  });

  it('refuses a call on or before settlement, and a non-positive call price', () => {
    const bond: Bond = { coupon: 4, frequency: 2, maturity: '2034-01-15', dayCount: '30/360' };
    expect(() => yieldToCall(bond, 97, '2025-01-15', { date: '2025-01-15' })).toThrow(
      /on or before settlement/,
    );
    expect(() => yieldToCall(bond, 97, '2025-01-15', { date: '2027-01-15', price: 0 })).toThrow(
      TerrapinAnalyticsError,
    );
  });
});

describe('yieldToWorst', () => {
  const bond: Bond = { coupon: 10, frequency: 2, maturity: '2040-06-15', dayCount: '30/360' };
  const calls = [
    { date: '2030-06-15', price: 107 },
    { date: '2035-06-15', price: 105 },
  ];
  it('a premium bond is worst to a call: the lowest yield of all redemptions', () => {
    const w = yieldToWorst(bond, 115, '2025-06-15', calls);
    const ytm = yieldFromPrice(bond, 115, '2025-06-15');
    const candidates = [ytm, ...calls.map((c) => yieldToCall(bond, 115, '2025-06-15', c))];
    close(w.yield, Math.min(...candidates), 1e-12);
    expect(w.to).toBe('call');
    expect(w.yield).toBeLessThan(ytm);
    close(w.yieldToMaturity, ytm, 1e-12);
  });
  it('a discount bond is worst to maturity', () => {
    const w = yieldToWorst(bond, 90, '2025-06-15', calls);
    expect(w).toMatchObject({ to: 'maturity', date: '2040-06-15', price: 100 });
    close(w.yield, yieldFromPrice(bond, 90, '2025-06-15'), 1e-12);
  });
  it('skips calls already past; with none left it is the yield to maturity', () => {
    const w = yieldToWorst(bond, 115, '2025-06-15', [{ date: '2024-06-15', price: 100 }]);
    expect(w.to).toBe('maturity');
    expect(yieldToWorst(bond, 115, '2025-06-15', []).to).toBe('maturity');
  });
  it('agrees with the price side: pricing to the worst call at the worst yield gives the price back', () => {
    const w = yieldToWorst(bond, 115, '2025-06-15', calls);
    const toCall: Bond = { ...bond, maturity: w.date, redemption: w.price };
    close(priceFromYield(toCall, w.yield, '2025-06-15'), 115, 1e-9);
  });
});

describe('callScheduleFromReference', () => {
  it('reads an agency row: dates at par, the next call at its price', () => {
    expect(
      callScheduleFromReference({
        is_callable: true,
        first_call_date: '2027-03-16',
        next_call_date: '2027-03-16',
        next_call_price: 100,
        optional_redemption_schedule: [{ call_date: '2027-06-16' }, { call_date: '2027-03-16' }],
      }),
    ).toEqual([
      { date: '2027-03-16', price: 100 },
      { date: '2027-06-16', price: 100 },
    ]);
  });
  it('reads a muni periodic window as its two ends, at the window price', () => {
    expect(
      callScheduleFromReference({
        is_callable: true,
        first_call_date: '2030-06-01',
        optional_redemption_schedule: [
          { call_date: '2030-06-01', call_price: 101, is_periodic: true, until: '2040-06-01' },
        ],
      }),
    ).toEqual([
      { date: '2030-06-01', price: 101 },
      { date: '2040-06-01', price: 101 },
    ]);
  });
  it('is empty for a non-callable row and skips invalid dates', () => {
    expect(callScheduleFromReference({ is_callable: false, next_call_date: '2030-01-01' })).toEqual([]);
    expect(callScheduleFromReference({ next_call_date: '2030-02-30', first_call_date: null })).toEqual([]);
  });
});
