import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  accruedInterest,
  type BondReferenceLike,
  bondFromReference,
  couponSchedule,
  priceFromYield,
  TerrapinAnalyticsError,
  yieldFromPrice,
} from '../../src/analytics/index';

function example(name: string): Record<string, unknown> {
  const url = new URL(`../../../../spec/examples/bond_reference/${name}`, import.meta.url);
  const doc = JSON.parse(readFileSync(url, 'utf8')) as { data: Record<string, unknown>[] };
  return doc.data[0] as Record<string, unknown>;
}

function thrown(run: () => unknown): TerrapinAnalyticsError {
  try {
    run();
  } catch (err) {
    if (err instanceof TerrapinAnalyticsError) return err;
    throw err;
  }
  throw new Error('expected a TerrapinAnalyticsError');
}

describe('bondFromReference on spec/examples/bond_reference/04.response.json', () => {
  const record = example('04.response.json');
  it('builds the bond from the record', () => {
    expect(bondFromReference(record)).toEqual({
      coupon: 5.875,
      frequency: 1,
      maturity: '2029-11-28',
      dayCount: 'act/act (ICMA)',
      firstCouponDate: '2024-11-28',
      issueDate: '2023-11-28',
      accrualDate: '2023-11-28',
    });
  });
  it('gives a bond the other functions price', () => {
    const bond = bondFromReference(record);
    expect(couponSchedule(bond)).toHaveLength(6);
    expect(couponSchedule(bond).every((p) => p.kind === 'regular' && p.amount === 5.875)).toBe(true);
    // 2025-03-14 is 106 of 365 days into the 2024-11-28 → 2025-11-28 period (ICMA).
    expect(accruedInterest(bond, '2025-03-14')).toBeCloseTo((5.875 * 106) / 365, 14);
    const price = priceFromYield(bond, 4.2, '2025-03-14');
    expect(yieldFromPrice(bond, price, '2025-03-14')).toBeCloseTo(4.2, 10);
  });
  it.each([
    ['coupon_frequency', 'coupon_frequency'],
    ['maturity_date', 'maturity_date'],
    ['interest_accrual_convention', 'interest_accrual_convention'],
  ])('names the null field %s', (key, field) => {
    const error = thrown(() => bondFromReference({ ...record, [key]: null }));
    expect(error.code).toBe('missing_field');
    expect(error.field).toBe(field);
    expect(error.message).toContain(`"${field}" is null`);
    expect(error.message).toContain('XS2724510792');
  });
  it('names a null coupon, after trying interest_rate', () => {
    const error = thrown(() => bondFromReference({ ...record, coupon: null }));
    expect(error).toMatchObject({ code: 'missing_field', field: 'coupon' });
    expect(bondFromReference({ ...record, coupon: null, interest_rate: 4.5 }).coupon).toBe(4.5);
  });
  it('says "missing" for an absent field', () => {
    const { maturity_date: _dropped, ...rest } = record;
    expect(thrown(() => bondFromReference(rest)).message).toContain('"maturity_date" is missing');
  });
  it('refuses it in strict mode: a variable-rate callable is not a bullet', () => {
    const error = thrown(() => bondFromReference(record, { strict: true }));
    expect(error.code).toBe('unsupported_bond');
    expect(error.message).toContain("interest_type is 'variable rate'");
    expect(error.message).toContain('callable');
  });
  it('uses fallbackDayCount only when the convention is null', () => {
    expect(
      bondFromReference({ ...record, interest_accrual_convention: null }, { fallbackDayCount: '30/360' })
        .dayCount,
    ).toBe('30/360');
  });
});

describe('bondFromReference leniency', () => {
  const base: BondReferenceLike = {
    isin: 'US3134HCZH51',
    interest_rate: 5.1,
    maturity_date: '2030-03-15',
    interest_accrual_convention: '30/360',
    first_interest_payment_date: '2025-09-15',
    interest_accrual_date: '2025-03-15',
  };
  it.each([
    [2, 2],
    ['2', 2],
    ['semi-annual', 2],
    ['Semiannual', 2],
    ['SEMI_ANNUALLY', 2],
    ['annual', 1],
    ['quarterly', 4],
    ['monthly', 12],
  ] as const)('coupon_frequency %j → %i', (value, frequency) => {
    expect(bondFromReference({ ...base, coupon_frequency: value }).frequency).toBe(frequency);
  });
  it('reads agency names (interest_rate, first_interest_payment_date, interest_accrual_date)', () => {
    expect(bondFromReference({ ...base, coupon_frequency: 2 })).toEqual({
      coupon: 5.1,
      frequency: 2,
      maturity: '2030-03-15',
      dayCount: '30/360',
      firstCouponDate: '2025-09-15',
      accrualDate: '2025-03-15',
    });
  });
  it('treats a null frequency with a zero coupon as a zero-coupon bond', () => {
    expect(bondFromReference({ ...base, interest_rate: 0, coupon_frequency: null }).frequency).toBe(0);
  });
  it('works on the older record shape (02: interest_accrual_date null)', () => {
    const bond = bondFromReference(example('02.response.json'));
    expect(bond).toMatchObject({
      coupon: 1.75,
      frequency: 2,
      issueDate: '2021-04-07',
      maturity: '2026-04-07',
    });
    expect(bond.accrualDate).toBeUndefined();
  });
  it.each([
    ['an unknown frequency word', { coupon_frequency: 'fortnightly' }, 'invalid_bond', 'coupon_frequency'],
    [
      'a floating-rate spec',
      { interest_rate: { benchmark: 'SOFR', spread_in_bps: 40 } },
      'unsupported_bond',
      'interest_rate',
    ],
    ['a bad date', { coupon_frequency: 2, maturity_date: '15/03/2030' }, 'invalid_date', 'maturity_date'],
    [
      'an unknown day count',
      { coupon_frequency: 2, interest_accrual_convention: 'bus/252' },
      'unknown_day_count',
      'dayCount',
    ],
  ] as const)('rejects %s', (_name, patch, code, field) => {
    expect(thrown(() => bondFromReference({ ...base, ...patch } as BondReferenceLike))).toMatchObject({
      code,
      field,
    });
  });
  it('points at the row when given the whole response envelope', () => {
    const error = thrown(() => bondFromReference({ data: [], total: 0 } as BondReferenceLike));
    expect(error.message).toContain('response.data[0]');
  });
});
