import { describe, expect, it } from 'vitest';
import {
  accruedInterest,
  type Bond,
  bondMetrics,
  cleanToDirty,
  convexity,
  dirtyToClean,
  dv01,
  macaulayDuration,
  modifiedDuration,
  priceFromYield,
  TerrapinAnalyticsError,
  yieldFromPrice,
} from '../../src/analytics/index';

const close = (got: number, expected: number, tol = 1e-9) =>
  expect(Math.abs(got - expected)).toBeLessThan(tol);

// External vectors: Excel function documentation examples (30/360 US = Excel basis 0, Act/Act = basis 1).
describe('street price/yield (Excel PRICE / YIELD documentation examples)', () => {
  it('PRICE: 5.75% 2017-11-15 at 6.50%, settling 2008-02-15 → 94.6343616213221', () => {
    const bond: Bond = { coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' };
    close(priceFromYield(bond, 6.5, '2008-02-15'), 94.6343616213221);
  });
  it('YIELD: 5.75% 2016-11-15 at 95.04287, settling 2008-02-15 → 6.50000068807314%', () => {
    const bond: Bond = { coupon: 5.75, frequency: 2, maturity: '2016-11-15', dayCount: '30/360' };
    close(yieldFromPrice(bond, 95.04287, '2008-02-15'), 6.50000068807314);
  });
});

describe('odd first and last coupons (Excel ODDFPRICE / ODDFYIELD / ODDLPRICE / ODDLYIELD examples)', () => {
  const oddFirst = {
    frequency: 2,
    maturity: '2021-03-01',
    issueDate: '2008-10-15',
    firstCouponDate: '2009-03-01',
  } as const;
  it('ODDFPRICE (short first, act/act): 113.597717474079', () => {
    close(
      priceFromYield({ ...oddFirst, coupon: 7.85, dayCount: 'act/act' }, 6.25, '2008-11-11'),
      113.597717474079,
    );
  });
  it('ODDFYIELD (short first, 30/360): 7.72455415972989%', () => {
    close(
      yieldFromPrice({ ...oddFirst, coupon: 5.75, dayCount: '30/360' }, 84.5, '2008-11-11'),
      7.72455415972989,
    );
  });
  it('ODDFPRICE (short first ending on the 31st, 30/360, settling before the 30th): 94.20813328461065', () => {
    // ODDFPRICE(2021-07-20, 2031-07-31, 2021-03-10, 2021-07-31, 4.5%, 5.25%, 100, 2, 0): DSC is
    // DAYS360(2021-07-20, 2021-07-31) = 11 days, not E − DAYS360(2021-01-31, 2021-07-20) = 10 (issue 18).
    const bond: Bond = {
      coupon: 4.5,
      frequency: 2,
      maturity: '2031-07-31',
      dayCount: '30/360',
      issueDate: '2021-03-10',
    };
    close(priceFromYield(bond, 5.25, '2021-07-20'), 94.20813328461065);
    close(yieldFromPrice(bond, 94.20813328461065, '2021-07-20'), 5.25, 1e-9);
  });
  it('ODDLPRICE (long last, 30/360): 99.8782860147213', () => {
    const bond: Bond = {
      coupon: 3.75,
      frequency: 2,
      maturity: '2008-06-15',
      lastCouponDate: '2007-10-15',
      dayCount: '30/360',
    };
    close(priceFromYield(bond, 4.05, '2008-02-07'), 99.8782860147213);
  });
  it('ODDLYIELD (short last, 30/360): 4.51922356291692%', () => {
    const bond: Bond = {
      coupon: 3.75,
      frequency: 2,
      maturity: '2008-06-15',
      lastCouponDate: '2007-12-24',
      dayCount: '30/360',
    };
    close(yieldFromPrice(bond, 99.875, '2008-04-20'), 4.51922356291692);
  });
});

describe('one period or less to redemption: simple interest (street convention)', () => {
  const bond: Bond = { coupon: 6, frequency: 2, maturity: '2025-06-15', dayCount: '30/360' };
  const settlement = '2025-02-03'; // A = 48 days of 30/360, E = 180, DSR = 132
  it('prices with the documented Excel formula for N = 1', () => {
    const y = 4.4;
    const expected = (100 + 3) / (1 + (132 / 180) * (y / 100 / 2)) - (48 / 180) * 3;
    close(priceFromYield(bond, y, settlement), expected, 1e-12);
  });
  it('solves the yield in closed form', () => {
    const price = 100.55;
    const dirty = price + (48 / 180) * 3;
    const expected = (103 / dirty - 1) * (180 / 132) * 2 * 100;
    close(yieldFromPrice(bond, price, settlement), expected, 1e-12);
  });
  it("differs from the 'compounded' convention, which compounds to the end", () => {
    const street = priceFromYield(bond, 4.4, settlement);
    const compounded = priceFromYield(bond, 4.4, settlement, { convention: 'compounded' });
    close(compounded + (48 / 180) * 3, 103 / (1 + 0.022) ** (132 / 180), 1e-12);
    expect(street).not.toBe(compounded);
    close(yieldFromPrice(bond, compounded, settlement, { convention: 'compounded' }), 4.4, 1e-10);
  });
});

describe('no time left in the day count', () => {
  // fast-check's counterexample (CI, seed -1734135427): 30/360 counts the 30th to the 31st as 0 days, so the price is
  // the redemption whatever the yield. Excel's YIELD answers #DIV/0! here; the solve said NaN.
  const bond: Bond = {
    coupon: 0,
    frequency: 2,
    maturity: '2051-05-31',
    issueDate: '2051-05-30',
    dayCount: '30/360',
    redemption: 100,
  };
  it('prices at the redemption, and refuses to solve a yield with an error naming settlement', () => {
    expect(priceFromYield(bond, 0, '2051-05-30')).toBe(100);
    expect(priceFromYield(bond, 7, '2051-05-30')).toBe(100);
    for (const convention of ['street', 'compounded'] as const) {
      let caught: unknown;
      try {
        yieldFromPrice(bond, 100, '2051-05-30', { convention });
      } catch (error) {
        caught = error;
      }
      expect(TerrapinAnalyticsError.is(caught) && caught.code).toBe('invalid_input');
      expect(TerrapinAnalyticsError.is(caught) && caught.field).toBe('settlement');
      expect(TerrapinAnalyticsError.is(caught) && caught.message).toMatch(/0 days before maturity/);
    }
  });
});

describe('clean and dirty', () => {
  const bond: Bond = { coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' };
  it('accrued is coupon × 30/360 days / 360', () => {
    expect(accruedInterest(bond, '2008-02-15')).toBe((5.75 * 90) / 360);
  });
  it('{ dirty: true } adds accrued interest, both ways', () => {
    const clean = priceFromYield(bond, 6.5, '2008-02-15');
    const dirty = priceFromYield(bond, 6.5, '2008-02-15', { dirty: true });
    close(dirty - clean, 1.4375, 1e-12);
    close(cleanToDirty(bond, clean, '2008-02-15'), dirty, 1e-12);
    close(dirtyToClean(bond, dirty, '2008-02-15'), clean, 1e-12);
    close(yieldFromPrice(bond, dirty, '2008-02-15', { dirty: true }), 6.5, 1e-10);
  });
  it('matches the Excel ACCRINT example (first period, 10%, 30/360): 16.6666667 per 1000', () => {
    const first: Bond = {
      coupon: 10,
      frequency: 2,
      issueDate: '2008-03-01',
      firstCouponDate: '2008-08-31',
      maturity: '2013-08-31',
      dayCount: '30/360',
    };
    close(accruedInterest(first, '2008-05-01') * 10, 16.6666666666667, 1e-9);
  });
});

describe('duration, convexity, DV01', () => {
  // Excel DURATION / MDURATION documentation example (settles on a coupon date).
  const excel: Bond = { coupon: 8, frequency: 2, maturity: '2016-01-01', dayCount: 'act/act' };
  it('Macaulay duration: Excel DURATION example 5.99377495554519', () => {
    close(macaulayDuration(excel, 9, '2008-01-01'), 5.99377495554519);
  });
  it('modified duration: Excel MDURATION example 5.73566981391884', () => {
    close(modifiedDuration(excel, 9, '2008-01-01'), 5.73566981391884);
  });
  it('Macaulay duration mid-period agrees with Excel DURATION as reproduced by spreadsheet engines', () => {
    // DURATION(2010-07-01, 2020-01-01, 5.75%, 6.5%, 2, 0) and DURATION(2018-07-01, 2048-01-01, 8%, 9%, 2, 1).
    const a: Bond = { coupon: 5.75, frequency: 2, maturity: '2020-01-01', dayCount: '30/360' };
    close(macaulayDuration(a, 6.5, '2010-07-01'), 7.383947618600286);
    const b: Bond = { coupon: 8, frequency: 2, maturity: '2048-01-01', dayCount: 'act/act' };
    close(macaulayDuration(b, 9, '2018-07-01'), 10.919145281591925);
  });

  const bond: Bond = { coupon: 4.25, frequency: 2, maturity: '2039-03-15', dayCount: '30/360' };
  const settlement = '2025-07-22';
  const y = 4.8;
  const dirtyAt = (yy: number) => priceFromYield(bond, yy, settlement, { dirty: true });
  it('modified = Macaulay / (1 + y/f)', () => {
    close(
      modifiedDuration(bond, y, settlement),
      macaulayDuration(bond, y, settlement) / (1 + y / 200),
      1e-12,
    );
  });
  it('DV01 matches a central finite difference of the price', () => {
    const h = 0.001; // percent
    const fd = ((dirtyAt(y - h) - dirtyAt(y + h)) / (2 * h)) * 0.01;
    close(dv01(bond, y, settlement), fd, 1e-9);
    close(dv01(bond, y, settlement), (modifiedDuration(bond, y, settlement) * dirtyAt(y)) / 10_000, 1e-12);
  });
  it('convexity matches a second finite difference of the price', () => {
    const h = 0.01; // percent
    const fd = (dirtyAt(y - h) + dirtyAt(y + h) - 2 * dirtyAt(y)) / (h / 100) ** 2 / dirtyAt(y);
    expect(Math.abs(convexity(bond, y, settlement) - fd) / fd).toBeLessThan(1e-5);
  });
  it('in the last period, DV01 still follows the simple-interest price', () => {
    const short: Bond = { coupon: 6, frequency: 2, maturity: '2025-06-15', dayCount: '30/360' };
    const p = (yy: number) => priceFromYield(short, yy, '2025-02-03');
    close(dv01(short, 4, '2025-02-03'), ((p(3.999) - p(4.001)) / 0.002) * 0.01, 1e-10);
    close(macaulayDuration(short, 4, '2025-02-03'), 132 / 180 / 2, 1e-15);
  });
  it('bondMetrics agrees with the single functions, from a yield or a price', () => {
    const m = bondMetrics(bond, { yield: y }, settlement);
    close(m.cleanPrice, priceFromYield(bond, y, settlement), 1e-12);
    close(m.dirtyPrice, dirtyAt(y), 1e-12);
    close(m.accruedInterest, accruedInterest(bond, settlement), 1e-15);
    close(m.macaulayDuration, macaulayDuration(bond, y, settlement), 1e-12);
    close(m.modifiedDuration, modifiedDuration(bond, y, settlement), 1e-12);
    close(m.convexity, convexity(bond, y, settlement), 1e-9);
    close(m.dv01, dv01(bond, y, settlement), 1e-14);
    close(bondMetrics(bond, { cleanPrice: m.cleanPrice }, settlement).yield, y, 1e-10);
    close(bondMetrics(bond, { dirtyPrice: m.dirtyPrice }, settlement).yield, y, 1e-10);
    expect(() => bondMetrics(bond, { yield: 1, cleanPrice: 2 } as never, settlement)).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('zero-coupon bonds (frequency 0, semi-annual compounding)', () => {
  const zero: Bond = { coupon: 0, frequency: 0, maturity: '2035-05-15', dayCount: 'act/act' };
  it('discounts the redemption at (1 + y/2)^(2T) on the notional grid', () => {
    close(priceFromYield(zero, 4, '2025-05-15'), 100 / 1.02 ** 20, 1e-12);
    expect(accruedInterest(zero, '2025-08-01')).toBe(0);
    close(
      yieldFromPrice(zero, 60, '2025-08-01'),
      yieldFromPrice(zero, 60, '2025-08-01', { dirty: true }),
      1e-15,
    );
  });
  it('rejects a coupon with frequency 0', () => {
    expect(() => priceFromYield({ ...zero, coupon: 2 }, 4, '2025-05-15')).toThrow(
      expect.objectContaining({ code: 'invalid_bond', field: 'frequency' }),
    );
  });
});

describe('the solver on extreme but sane inputs', () => {
  const bond: Bond = { coupon: 3, frequency: 2, maturity: '2055-02-15', dayCount: '30/360' };
  it.each([0.5, 1, 5, 30, 99.99, 100, 180, 400])('finds the yield for a clean price of %d', (price) => {
    const y = yieldFromPrice(bond, price, '2025-03-10');
    expect(Number.isFinite(y)).toBe(true);
    close(priceFromYield(bond, y, '2025-03-10'), price, 1e-9 * Math.max(1, price));
  });
});

describe('inputs that are not sane give typed errors', () => {
  const bond: Bond = {
    coupon: 5,
    frequency: 2,
    maturity: '2030-06-30',
    issueDate: '2020-06-30',
    dayCount: '30/360',
  };
  const cases: [string, () => unknown, string, string][] = [
    ['negative price', () => yieldFromPrice(bond, -1, '2025-01-10'), 'invalid_input', 'price'],
    ['zero price', () => yieldFromPrice(bond, 0, '2025-01-10'), 'invalid_input', 'price'],
    ['NaN price', () => yieldFromPrice(bond, Number.NaN, '2025-01-10'), 'invalid_input', 'price'],
    [
      'infinite price',
      () => yieldFromPrice(bond, Number.POSITIVE_INFINITY, '2025-01-10'),
      'invalid_input',
      'price',
    ],
    ['NaN yield', () => priceFromYield(bond, Number.NaN, '2025-01-10'), 'invalid_input', 'yield'],
    ['yield ≤ −200% (semi-annual)', () => priceFromYield(bond, -250, '2025-01-10'), 'invalid_input', 'yield'],
    ['settlement at maturity', () => priceFromYield(bond, 5, '2030-06-30'), 'invalid_input', 'settlement'],
    [
      'settlement after maturity',
      () => yieldFromPrice(bond, 99, '2031-01-01'),
      'invalid_input',
      'settlement',
    ],
    ['settlement before issue', () => accruedInterest(bond, '2019-01-01'), 'invalid_input', 'settlement'],
    ['bad settlement date', () => priceFromYield(bond, 5, '2025-02-30'), 'invalid_date', 'settlement'],
    [
      'frequency 5',
      () => priceFromYield({ ...bond, frequency: 5 as never }, 5, '2025-01-10'),
      'invalid_bond',
      'frequency',
    ],
    [
      'negative coupon',
      () => priceFromYield({ ...bond, coupon: -1 }, 5, '2025-01-10'),
      'invalid_bond',
      'coupon',
    ],
    [
      'unknown day count',
      () => priceFromYield({ ...bond, dayCount: 'nl/365' }, 5, '2025-01-10'),
      'unknown_day_count',
      'dayCount',
    ],
    [
      'unknown convention',
      () => priceFromYield(bond, 5, '2025-01-10', { convention: 'true' as never }),
      'invalid_input',
      'convention',
    ],
  ];
  it.each(cases)('%s', (_name, run, code, field) => {
    let error: unknown;
    try {
      run();
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TerrapinAnalyticsError);
    expect(error).toMatchObject({ code, field });
  });
});
