import { describe, expect, it } from 'vitest';
import {
  accruedInterest,
  type Bond,
  cashflowSchedule,
  couponSchedule,
  dayCountFraction,
  nextCouponDate,
  previousCouponDate,
} from '../../src/analytics/index';

const dates = (bond: Bond) => couponSchedule(bond).map((p) => [p.start, p.end, p.kind]);

describe('regular schedules', () => {
  it('roll backward from maturity to the issue date', () => {
    const bond: Bond = {
      coupon: 4,
      frequency: 2,
      maturity: '2027-05-15',
      issueDate: '2025-05-15',
      dayCount: '30/360',
    };
    expect(dates(bond)).toEqual([
      ['2025-05-15', '2025-11-15', 'regular'],
      ['2025-11-15', '2026-05-15', 'regular'],
      ['2026-05-15', '2026-11-15', 'regular'],
      ['2026-11-15', '2027-05-15', 'regular'],
    ]);
    expect(couponSchedule(bond).every((p) => p.amount === 2)).toBe(true);
  });
  it('keep month ends for an end-of-month bond (28 Feb maturity pays on 31 Aug)', () => {
    const bond: Bond = {
      coupon: 4,
      frequency: 2,
      maturity: '2027-02-28',
      issueDate: '2025-08-31',
      dayCount: '30/360',
    };
    expect(dates(bond).map(([, end]) => end)).toEqual(['2026-02-28', '2026-08-31', '2027-02-28']);
    // Without the month-end rule the dates keep the 28th, and the 31 Aug issue starts a short first period.
    expect(dates({ ...bond, endOfMonth: false })).toEqual([
      ['2025-08-31', '2026-02-28', 'short-first'],
      ['2026-02-28', '2026-08-28', 'regular'],
      ['2026-08-28', '2027-02-28', 'regular'],
    ]);
  });
  it('monthly and quarterly frequencies', () => {
    const q: Bond = {
      coupon: 8,
      frequency: 4,
      maturity: '2026-01-31',
      issueDate: '2025-01-31',
      dayCount: 'act/360',
    };
    expect(dates(q).map(([, end]) => end)).toEqual(['2025-04-30', '2025-07-31', '2025-10-31', '2026-01-31']);
    const m: Bond = {
      coupon: 6,
      frequency: 12,
      maturity: '2025-07-10',
      issueDate: '2025-03-10',
      dayCount: '30/360',
    };
    expect(couponSchedule(m).map((p) => p.amount)).toEqual([0.5, 0.5, 0.5, 0.5]);
  });
  it('needs a start, or a { from } date', () => {
    const bond: Bond = { coupon: 4, frequency: 2, maturity: '2027-05-15', dayCount: '30/360' };
    expect(() => couponSchedule(bond)).toThrow(
      expect.objectContaining({ code: 'invalid_bond', field: 'issueDate' }),
    );
    expect(couponSchedule(bond, { from: '2026-07-01' }).map((p) => p.start)).toEqual([
      '2026-05-15',
      '2026-11-15',
    ]);
  });
});

describe('odd first periods', () => {
  it('short first: issue date between two regular dates', () => {
    const bond: Bond = {
      coupon: 5,
      frequency: 2,
      maturity: '2026-06-15',
      issueDate: '2024-03-01',
      dayCount: '30/360',
    };
    const [first, second] = couponSchedule(bond);
    expect(first).toMatchObject({ start: '2024-03-01', end: '2024-06-15', kind: 'short-first' });
    expect(first?.referenceDates).toEqual(['2023-12-15', '2024-06-15']);
    expect(first?.amount).toBeCloseTo((5 * 104) / 360, 14);
    expect(second).toMatchObject({ start: '2024-06-15', kind: 'regular', amount: 2.5 });
  });
  it('long first (ISDA example 2002-08-15 → 2003-07-15): coupon = c × ICMA 0.915760869565', () => {
    const bond: Bond = {
      coupon: 6,
      frequency: 2,
      maturity: '2005-07-15',
      issueDate: '2002-08-15',
      firstCouponDate: '2003-07-15',
      dayCount: 'act/act (ICMA)',
    };
    const [first] = couponSchedule(bond);
    expect(first).toMatchObject({ start: '2002-08-15', end: '2003-07-15', kind: 'long-first' });
    expect(first?.referenceDates).toEqual(['2002-07-15', '2003-01-15', '2003-07-15']);
    expect(Math.abs((first?.amount ?? 0) - 6 * 0.915760869565)).toBeLessThan(1e-10);
    // Accrued inside the long period sums the notional periods, as dayCountFraction does with its reference.
    const icma = dayCountFraction('act/act (ICMA)', '2002-08-15', '2003-03-01', {
      referenceStart: '2003-01-15',
      referenceEnd: '2003-07-15',
    });
    expect(accruedInterest(bond, '2003-03-01')).toBeCloseTo(6 * icma, 13);
  });
  it('short first (ISDA example 1999-02-01 → 1999-07-01, annual): coupon = c × 0.410958904110', () => {
    const bond: Bond = {
      coupon: 5,
      frequency: 1,
      maturity: '2002-07-01',
      issueDate: '1999-02-01',
      dayCount: 'act/act (ICMA)',
    };
    const [first] = couponSchedule(bond);
    expect(first).toMatchObject({ kind: 'short-first', referenceDates: ['1998-07-01', '1999-07-01'] });
    expect(Math.abs((first?.amount ?? 0) - 5 * 0.41095890411)).toBeLessThan(1e-10);
  });
});

describe('odd last periods', () => {
  it('short last (ISDA example 2000-01-30 → 2000-06-30): coupon = c × ICMA 0.417582417582', () => {
    const bond: Bond = {
      coupon: 4,
      frequency: 2,
      maturity: '2000-06-30',
      issueDate: '1999-01-30',
      firstCouponDate: '1999-07-30',
      dayCount: 'act/act (ICMA)',
    };
    expect(dates(bond)).toEqual([
      ['1999-01-30', '1999-07-30', 'regular'],
      ['1999-07-30', '2000-01-30', 'regular'],
      ['2000-01-30', '2000-06-30', 'short-last'],
    ]);
    const last = couponSchedule(bond).at(-1);
    expect(last?.referenceDates).toEqual(['2000-01-30', '2000-07-30']);
    expect(Math.abs((last?.amount ?? 0) - 4 * 0.417582417582)).toBeLessThan(1e-10);
  });
  it('long last with lastCouponDate (Excel ODDLPRICE example terms)', () => {
    const bond: Bond = {
      coupon: 3.75,
      frequency: 2,
      maturity: '2008-06-15',
      issueDate: '2006-10-15',
      lastCouponDate: '2007-10-15',
      dayCount: '30/360',
    };
    expect(dates(bond)).toEqual([
      ['2006-10-15', '2007-04-15', 'regular'],
      ['2007-04-15', '2007-10-15', 'regular'],
      ['2007-10-15', '2008-06-15', 'long-last'],
    ]);
    expect(couponSchedule(bond).at(-1)?.amount).toBeCloseTo((3.75 * 240) / 360, 14);
  });
  it('rejects a lastCouponDate off the forward grid', () => {
    const bond: Bond = {
      coupon: 3,
      frequency: 2,
      maturity: '2030-06-15',
      firstCouponDate: '2026-01-15',
      lastCouponDate: '2029-11-20',
      dayCount: '30/360',
    };
    expect(() => couponSchedule(bond)).toThrow(
      expect.objectContaining({ code: 'invalid_bond', field: 'lastCouponDate' }),
    );
  });
});

describe('previous and next coupon dates', () => {
  const bond: Bond = { coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' };
  it('bracket the settlement date', () => {
    expect(previousCouponDate(bond, '2008-02-15')).toBe('2007-11-15');
    expect(nextCouponDate(bond, '2008-02-15')).toBe('2008-05-15');
  });
  it('on a coupon date, previous is that date', () => {
    expect(previousCouponDate(bond, '2008-05-15')).toBe('2008-05-15');
    expect(nextCouponDate(bond, '2008-05-15')).toBe('2008-11-15');
  });
  it('in the first period, previous is the accrual start', () => {
    const issued: Bond = { ...bond, issueDate: '2007-12-03', accrualDate: '2007-12-01' };
    expect(previousCouponDate(issued, '2008-01-10')).toBe('2007-12-01');
  });
  it('a zero coupon has none', () => {
    expect(() => nextCouponDate({ ...bond, coupon: 0, frequency: 0 }, '2008-02-15')).toThrow(
      expect.objectContaining({ code: 'invalid_input' }),
    );
  });
});

describe('cashflowSchedule', () => {
  const bond: Bond = {
    coupon: 4,
    frequency: 2,
    maturity: '2027-05-15',
    issueDate: '2025-05-15',
    dayCount: '30/360',
  };
  it('lists interest then principal per 100 nominal', () => {
    const flows = cashflowSchedule(bond);
    expect(flows).toHaveLength(5);
    expect(flows.at(-1)).toEqual({ date: '2027-05-15', type: 'principal', amount: 100 });
    expect(flows.at(-2)).toEqual({ date: '2027-05-15', type: 'interest', amount: 2 });
    expect(flows.reduce((s, f) => s + f.amount, 0)).toBe(108);
  });
  it('after a settlement, keeps only later payments (not one paid that day)', () => {
    expect(cashflowSchedule(bond, '2025-11-15').map((f) => f.date)).toEqual([
      '2026-05-15',
      '2026-11-15',
      '2027-05-15',
      '2027-05-15',
    ]);
  });
  it('prices to the sum of its discounted flows', () => {
    // At a zero yield the full price is the sum of the remaining payments.
    const flows = cashflowSchedule(bond, '2026-01-20');
    expect(flows.reduce((s, f) => s + f.amount, 0)).toBe(106);
  });
  it('a zero coupon pays only its redemption; redemption is honoured', () => {
    expect(
      cashflowSchedule({ coupon: 0, frequency: 0, maturity: '2030-01-01', dayCount: 'act/360' }),
    ).toEqual([{ date: '2030-01-01', type: 'principal', amount: 100 }]);
    expect(cashflowSchedule({ ...bond, redemption: 101 }).at(-1)?.amount).toBe(101);
  });
});
