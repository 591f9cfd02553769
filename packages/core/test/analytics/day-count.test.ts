import { describe, expect, it } from 'vitest';
import {
  DAY_COUNT_CONVENTIONS,
  dayCount,
  dayCountFraction,
  resolveDayCount,
  TerrapinAnalyticsError,
} from '../../src/analytics/index';

// External vectors (issue #4). The 30/360 ones are the 2006 ISDA Definitions §4.16(f) examples, as in QuantLib's
// day-counter tests (testThirty360_BondBasis). They hold for '30/360' (30/360 US, whose February rule applies
// only to end-of-month securities) and for '30/360 Bond Basis'.
const THIRTY_360: [string, string, number][] = [
  ['2006-08-31', '2007-02-28', 178],
  ['2007-02-28', '2007-08-31', 183],
  ['2007-08-31', '2008-02-29', 179],
  ['2006-01-31', '2006-02-28', 28],
  ['2006-02-28', '2006-03-03', 5],
  ['2008-02-28', '2008-08-31', 183],
  ['2007-02-26', '2008-02-29', 363],
  ['2008-02-29', '2009-02-28', 359],
  ['2008-02-28', '2008-03-31', 33],
];

describe('30/360 US (ISDA 2006 vectors)', () => {
  it.each(THIRTY_360)("'30/360' %s → %s = %i days", (start, end, days) => {
    expect(dayCount('30/360', start, end)).toBe(days);
    expect(dayCountFraction('30/360', start, end)).toBeCloseTo(days / 360, 14);
  });
  it.each(THIRTY_360)("'30/360 Bond Basis' %s → %s = %i days", (start, end, days) => {
    expect(dayCount('30/360 Bond Basis', start, end)).toBe(days);
  });
  it('applies the SIA February rule to end-of-month securities only', () => {
    // Last day of February counts as the 30th (D1; and D2 when D1 also is): Wikipedia / SIA 30/360 US.
    expect(dayCount('30/360 US', '2007-02-28', '2007-08-31', { endOfMonth: true })).toBe(180);
    expect(dayCount('30/360 US', '2008-02-29', '2009-02-28', { endOfMonth: true })).toBe(360);
    expect(dayCount('30/360 US', '2006-08-31', '2007-02-28', { endOfMonth: true })).toBe(178);
    expect(dayCount('30/360 Bond Basis', '2007-02-28', '2007-08-31', { endOfMonth: true })).toBe(183);
  });
});

describe('30E/360 (vectors)', () => {
  it.each([
    ['2007-02-28', '2007-08-31', 182],
    ['2008-02-28', '2008-08-31', 182],
    ['2008-02-28', '2008-03-31', 32],
  ] as const)('%s → %s = %i days', (start, end, days) => {
    expect(dayCount('30E/360', start, end)).toBe(days);
    expect(dayCountFraction('30E/360', start, end)).toBeCloseTo(days / 360, 14);
  });
});

describe('30E/360 ISDA, termination 2008-02-29 (vectors)', () => {
  it.each([
    ['2006-01-31', '2006-02-28', 30],
    ['2006-02-28', '2006-03-03', 3],
    ['2007-02-28', '2008-02-29', 359],
    ['2008-02-29', '2009-02-28', 360],
  ] as const)('%s → %s = %i days', (start, end, days) => {
    expect(dayCount('30E/360 ISDA', start, end, { terminationDate: '2008-02-29' })).toBe(days);
    expect(dayCountFraction('30E/360 ISDA', start, end, { terminationDate: '2008-02-29' })).toBeCloseTo(
      days / 360,
      14,
    );
  });
});

// ISDA "EMU and market conventions: recent developments" examples (also QuantLib's testActualActual).
// The vectors are printed to 11-12 decimals (0.41530054644 is truncated), so compare to 1e-11.
const TOL = 1e-11;
describe('Act/Act ISDA (vectors)', () => {
  it.each([
    ['2003-11-01', '2004-05-01', 0.497724380567],
    ['2002-08-15', '2003-07-15', 0.915068493151],
    ['2000-01-30', '2000-06-30', 0.415300546448],
    ['1999-02-01', '1999-07-01', 0.41095890411],
  ] as const)('%s → %s = %f', (start, end, expected) => {
    expect(Math.abs(dayCountFraction('act/act (ISDA)', start, end) - expected)).toBeLessThan(TOL);
  });
});

describe('Act/Act ICMA (vectors)', () => {
  it.each([
    ['2003-11-01', '2004-05-01', '2003-11-01', '2004-05-01', 0.5],
    ['2002-08-15', '2003-07-15', '2003-01-15', '2003-07-15', 0.915760869565],
    ['2000-01-30', '2000-06-30', '2000-01-30', '2000-07-30', 0.417582417582],
    ['1999-02-01', '1999-07-01', '1998-07-01', '1999-07-01', 0.41095890411],
  ] as const)('%s → %s, reference %s → %s = %f', (start, end, referenceStart, referenceEnd, expected) => {
    const got = dayCountFraction('act/act (ICMA)', start, end, { referenceStart, referenceEnd });
    expect(Math.abs(got - expected)).toBeLessThan(TOL);
  });
  it('with a frequency, counts notional periods forward from the start date', () => {
    expect(dayCountFraction('act/act (ICMA)', '2003-11-01', '2004-05-01', { frequency: 2 })).toBe(0.5);
    expect(dayCountFraction('ACT/ACT ICMA', '2024-01-15', '2024-03-15', { frequency: 2 })).toBeCloseTo(
      60 / 182 / 2,
      15,
    );
  });
  it('without a reference period or frequency, says what it needs', () => {
    expect(() => dayCountFraction('act/act (ICMA)', '2003-11-01', '2004-05-01')).toThrow(
      expect.objectContaining({ code: 'missing_option', message: expect.stringContaining('referenceStart') }),
    );
  });
});

describe('Act/Act AFB (vectors)', () => {
  it.each([
    ['2003-11-01', '2004-05-01', 0.497267759563],
    ['2000-01-30', '2000-06-30', 0.41530054644],
    ['1999-02-01', '1999-07-01', 0.41095890411],
  ] as const)('%s → %s = %f', (start, end, expected) => {
    expect(Math.abs(dayCountFraction('act/act (AFB)', start, end) - expected)).toBeLessThan(TOL);
  });
});

describe('Act/360 and Act/365 Fixed', () => {
  it('count actual days over 360 and 365', () => {
    expect(dayCount('act/360', '2024-01-01', '2024-03-01')).toBe(60);
    expect(dayCountFraction('ACT/360', '2024-01-01', '2024-03-01')).toBe(60 / 360);
    expect(dayCountFraction('actual/365 fixed', '2024-01-01', '2025-01-01')).toBe(366 / 365);
    expect(dayCountFraction('act/365', '2023-01-01', '2024-01-01')).toBe(1);
  });
});

describe('general behaviour', () => {
  it('is zero on equal dates and antisymmetric', () => {
    expect(dayCountFraction('30/360', '2024-05-05', '2024-05-05')).toBe(0);
    expect(dayCount('30E/360', '2008-03-31', '2008-02-28')).toBe(-32);
    expect(dayCountFraction('act/act (ISDA)', '2004-05-01', '2003-11-01')).toBeCloseTo(-0.497724380567, 12);
  });
  it('rejects dates that are not YYYY-MM-DD calendar dates', () => {
    for (const bad of ['2023-02-29', '2024-13-01', '2024-1-01', '20240101', '', '2024-01-01T00:00:00Z']) {
      expect(() => dayCount('30/360', bad, '2024-06-01')).toThrow(
        expect.objectContaining({ code: 'invalid_date' }),
      );
    }
  });
});

describe('day-count names as the data writes them', () => {
  it.each([
    ['30/360', '30/360 US'],
    ['30/360 US', '30/360 US'],
    ['30U/360', '30/360 US'],
    ['Bond Basis', '30/360 Bond Basis'],
    ['30E/360', '30E/360'],
    ['Eurobond basis', '30E/360'],
    ['30/360 (ICMA)', '30E/360'],
    ['30E/360 (ISDA)', '30E/360 ISDA'],
    ['act/act (ICMA)', 'ACT/ACT ICMA'],
    ['act/act', 'ACT/ACT ICMA'],
    ['Actual/Actual (ICMA)', 'ACT/ACT ICMA'],
    ['ACT/ACT ISMA', 'ACT/ACT ICMA'],
    ['act/act (ISDA)', 'ACT/ACT ISDA'],
    ['actual/actual isda', 'ACT/ACT ISDA'],
    ['Act/Act AFB', 'ACT/ACT AFB'],
    ['ACT/360', 'ACT/360'],
    ['actual/360', 'ACT/360'],
    ['act/365', 'ACT/365F'],
    ['actual/365 fixed', 'ACT/365F'],
    ['ACT/365F', 'ACT/365F'],
    [' Act / 365 (Fixed) ', 'ACT/365F'],
  ])('%j → %s', (name, convention) => {
    expect(resolveDayCount(name)).toBe(convention);
  });
  it('maps every canonical name to itself', () => {
    for (const name of DAY_COUNT_CONVENTIONS) expect(resolveDayCount(name)).toBe(name);
  });
  it('gives a clear error for an unknown name, listing the known ones', () => {
    let error: unknown;
    try {
      dayCountFraction('act/366', '2024-01-01', '2024-07-01');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(TerrapinAnalyticsError);
    const e = error as TerrapinAnalyticsError;
    expect(e.code).toBe('unknown_day_count');
    expect(e.name).toBe('TerrapinAnalyticsError');
    expect(e.message).toContain('"act/366"');
    for (const name of DAY_COUNT_CONVENTIONS) expect(e.message).toContain(name);
    expect(e.message).toContain("'act/act (ICMA)'");
    expect(TerrapinAnalyticsError.is(e)).toBe(true);
    expect(JSON.parse(JSON.stringify(e))).toMatchObject({ code: 'unknown_day_count', field: 'dayCount' });
  });
});
