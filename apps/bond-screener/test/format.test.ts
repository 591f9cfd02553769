import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatBoolean,
  formatCoupon,
  formatDate,
  formatDateTime,
  formatEnum,
  formatFrequency,
  formatLongDate,
  formatMonthTick,
  formatPercent,
  formatPrice,
  formatSeconds,
  formatText,
} from '../src/lib/format';

describe('formatting', () => {
  it('formats percent and prices with fixed decimals, and a dash for missing values', () => {
    expect(formatPercent(3.75)).toBe('3.750%');
    expect(formatPercent(0)).toBe('0.000%');
    expect(formatPercent(null)).toBe('—');
    expect(formatPercent(Number.NaN)).toBe('—');
    expect(formatPrice(101.23456)).toBe('101.235');
    expect(formatPrice(1234.5, 2)).toBe('1,234.50');
  });
  it('formats nominal amounts compactly', () => {
    expect(formatAmount(2_500_000_000, 'EUR')).toBe('EUR 2.5bn');
    expect(formatAmount(750_000_000)).toBe('750m');
    expect(formatAmount(25_000, 'USD')).toBe('USD 25,000');
    expect(formatAmount(undefined, 'USD')).toBe('—');
  });
  it('keeps ISO dates and cuts datetimes to the date or minute', () => {
    expect(formatDate('2030-02-01')).toBe('2030-02-01');
    expect(formatDate('2030-02-01T10:00:00Z')).toBe('2030-02-01');
    expect(formatDate('')).toBe('—');
    expect(formatDateTime('2025-03-14T15:04:05')).toBe('2025-03-14 15:04');
    expect(formatDateTime('2025-03-14T15:04:05Z')).toBe('2025-03-14 15:04');
  });
  it('formats chart ticks and tooltips', () => {
    expect(formatMonthTick('2025-03-14')).toBe('Mar 2025');
    expect(formatLongDate('2025-03-04')).toBe('4 Mar 2025');
  });
  it('formats booleans, enums, lists and frequencies', () => {
    expect(formatBoolean(true)).toBe('Yes');
    expect(formatBoolean(false)).toBe('No');
    expect(formatBoolean(null)).toBe('—');
    expect(formatEnum('investment_grade')).toBe('Investment grade');
    expect(formatText(['A', 'B'])).toBe('A, B');
    expect(formatText([])).toBe('—');
    expect(formatFrequency(2)).toBe('Semi-annual');
    expect(formatFrequency(3)).toBe('3× a year');
  });
  it('formats fixed and floating muni coupons', () => {
    expect(formatCoupon(5)).toBe('5.000%');
    expect(formatCoupon({ benchmark: 'SOFR', spread_in_bps: 35 })).toBe('SOFR + 35bp');
    expect(formatCoupon({ benchmark: null, spread_in_bps: -10 })).toBe('Floating − 10bp');
  });
  it('formats countdowns', () => {
    expect(formatSeconds(23.4)).toBe('23 s');
    expect(formatSeconds(95)).toBe('1 min 35 s');
    expect(formatSeconds(120)).toBe('2 min');
    expect(formatSeconds(-3)).toBe('0 s');
  });
});
