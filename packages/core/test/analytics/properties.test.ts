import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accruedInterest,
  type Bond,
  type CouponFrequency,
  dv01,
  macaulayDuration,
  modifiedDuration,
  nextCouponDate,
  previousCouponDate,
  priceFromYield,
  TerrapinAnalyticsError,
  yieldFromPrice,
} from '../../src/analytics/index';

// Dates are built here with Date.UTC, independently of the module's calendar code.
const DAY_MS = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ymd = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
/** y/m/d moved by whole months; generated days stay ≤ 27, so no clamping and no month end is involved. */
const shiftMonths = (y: number, m: number, d: number, months: number) => ymd(y, m + months, d);

const FREQUENCIES: CouponFrequency[] = [1, 2, 4, 12];
const ALL_DAY_COUNTS = [
  '30/360',
  '30E/360',
  'act/act (ICMA)',
  'act/act (ISDA)',
  'act/act (AFB)',
  'act/360',
  'act/365',
];
const EARLIEST_SETTLEMENT = ymd(2025, 1, 2);

/** A bullet maturing 2026–2075 (day ≤ 27, so not an end-of-month bond) with a settlement date between 2025-01-02 and the day before maturity. */
const quoted = (dayCounts: string[]) =>
  fc
    .record({
      coupon: fc.integer({ min: 0, max: 120 }).map((n) => n / 8),
      frequency: fc.constantFrom(...FREQUENCIES),
      y: fc.integer({ min: 2026, max: 2075 }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 27 }),
      dayCount: fc.constantFrom(...dayCounts),
      position: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ coupon, frequency, y, m, d, dayCount, position }) => {
      const maturity = ymd(y, m, d);
      const span = (maturity - EARLIEST_SETTLEMENT) / DAY_MS - 1;
      const settlement = EARLIEST_SETTLEMENT + Math.floor(position * span) * DAY_MS;
      const bond: Bond = { coupon, frequency, maturity: iso(maturity), dayCount };
      return { bond, settlement: iso(settlement) };
    });

/**
 * Any shape the schedule code handles: month-end maturities, an issue date (odd first period), a first coupon
 * date (long or short first, short last), zero coupons, non-100 redemption.
 */
const oddBond = fc
  .record({
    coupon: fc.integer({ min: 0, max: 120 }).map((n) => n / 8),
    frequency: fc.constantFrom<CouponFrequency>(0, 1, 2, 4, 12),
    maturity: fc.integer({ min: ymd(2026, 1, 1) / DAY_MS, max: ymd(2060, 12, 31) / DAY_MS }),
    issueBack: fc.integer({ min: 1, max: 3000 }),
    firstCoupon: fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }),
    settle: fc.double({ min: 0, max: 0.999, noNaN: true }),
    dayCount: fc.constantFrom(...ALL_DAY_COUNTS),
    redemption: fc.constantFrom(100, 100, 101.5),
  })
  .map(({ coupon, frequency, maturity, issueBack, firstCoupon, settle, dayCount, redemption }) => {
    const issue = maturity - issueBack;
    const bond: Bond = {
      coupon: frequency === 0 ? 0 : coupon,
      frequency,
      maturity: iso(maturity * DAY_MS),
      issueDate: iso(issue * DAY_MS),
      dayCount,
      redemption,
    };
    if (firstCoupon !== undefined && frequency !== 0) {
      // Within about a year of issue, so a long first period stays plausible.
      const first = issue + Math.max(1, Math.round(firstCoupon * Math.min(issueBack, 500)));
      bond.firstCouponDate = iso(Math.min(first, maturity) * DAY_MS);
    }
    const settlement = iso((issue + Math.floor(settle * issueBack)) * DAY_MS);
    return { bond, settlement };
  });

const RUNS = { monotone: 500, roundTrip: 1000, odd: 1000, par: 500, accrued: 500, risk: 300, dates: 300 };

describe('properties (fast-check)', () => {
  it(`price is strictly decreasing and convex in yield (${RUNS.monotone} runs)`, () => {
    fc.assert(
      fc.property(
        quoted(ALL_DAY_COUNTS),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.double({ min: 0.05, max: 2, noNaN: true }),
        ({ bond, settlement }, y, h) => {
          const p0 = priceFromYield(bond, y, settlement, { dirty: true });
          const p1 = priceFromYield(bond, y + h, settlement, { dirty: true });
          const p2 = priceFromYield(bond, y + 2 * h, settlement, { dirty: true });
          expect(p0).toBeGreaterThan(p1);
          expect(p1).toBeGreaterThan(p2);
          expect(p0 + p2 - 2 * p1).toBeGreaterThan(-1e-9 * p0);
        },
      ),
      { numRuns: RUNS.monotone },
    );
  });

  it(`yieldFromPrice(priceFromYield(y)) = y within 1e-10 (${RUNS.roundTrip} runs)`, () => {
    fc.assert(
      fc.property(
        quoted(ALL_DAY_COUNTS),
        fc.double({ min: -0.5, max: 30, noNaN: true }),
        ({ bond, settlement }, y) => {
          const price = priceFromYield(bond, y, settlement);
          fc.pre(price > 0);
          expect(Math.abs(yieldFromPrice(bond, price, settlement) - y)).toBeLessThan(1e-10);
        },
      ),
      { numRuns: RUNS.roundTrip },
    );
  });

  it(`round trip, monotone and accrued ≥ 0 on odd-period, month-end and zero bonds (${RUNS.odd} runs)`, () => {
    fc.assert(
      fc.property(oddBond, fc.double({ min: 0, max: 25, noNaN: true }), ({ bond, settlement }, y) => {
        expect(accruedInterest(bond, settlement)).toBeGreaterThanOrEqual(0);
        const price = priceFromYield(bond, y, settlement);
        let solved: number;
        try {
          solved = yieldFromPrice(bond, price, settlement);
        } catch (error) {
          // Allowed only when no time is left in the day count (30/360, the 30th to the 31st): then every
          // yield gives this price, and the solve says so instead of answering NaN.
          expect(TerrapinAnalyticsError.is(error) && error.field).toBe('settlement');
          expect(priceFromYield(bond, y + 0.5, settlement)).toBe(price);
          return;
        }
        expect(Math.abs(solved - y)).toBeLessThan(1e-10);
        expect(priceFromYield(bond, y + 0.5, settlement)).toBeLessThan(price);
      }),
      { numRuns: RUNS.odd },
    );
  });

  it(`price = 100 at yield = coupon on a coupon date, with zero accrued (${RUNS.par} runs)`, () => {
    fc.assert(
      fc.property(
        quoted(['30/360', '30E/360', 'act/act (ICMA)', 'act/act (ISDA)', 'act/act (AFB)']),
        fc.integer({ min: 1, max: 40 }),
        ({ bond }, k) => {
          const [y, m, d] = bond.maturity.split('-').map(Number) as [number, number, number];
          const settlement = shiftMonths(y, m, d, -k * (12 / bond.frequency));
          fc.pre(settlement >= EARLIEST_SETTLEMENT);
          const s = iso(settlement);
          expect(accruedInterest(bond, s)).toBe(0);
          expect(Math.abs(priceFromYield(bond, bond.coupon, s) - 100)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: RUNS.par },
    );
  });

  it(`accrued grows linearly in 30/360 days from the coupon date (${RUNS.accrued} runs)`, () => {
    fc.assert(
      fc.property(
        quoted(['30/360']),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 28 }),
        ({ bond }, k, j, day) => {
          const [y, m, d] = bond.maturity.split('-').map(Number) as [number, number, number];
          const months = 12 / bond.frequency;
          const previous = shiftMonths(y, m, d, -k * months);
          fc.pre(previous >= EARLIEST_SETTLEMENT && j < months && (j > 0 || day >= d));
          const p = new Date(previous);
          const settlement = ymd(p.getUTCFullYear(), p.getUTCMonth() + 1 + j, day);
          const days360 = 30 * j + (day - d); // no 31st or end of February: plain 30/360
          expect(accruedInterest(bond, iso(previous))).toBe(0);
          expect(
            Math.abs(accruedInterest(bond, iso(settlement)) - (bond.coupon * days360) / 360),
          ).toBeLessThan(1e-12);
        },
      ),
      { numRuns: RUNS.accrued },
    );
  });

  it(`modified = Macaulay/(1 + y/f) and DV01 ≈ finite difference (${RUNS.risk} runs)`, () => {
    fc.assert(
      fc.property(
        quoted(ALL_DAY_COUNTS),
        fc.double({ min: 0.1, max: 15, noNaN: true }),
        ({ bond, settlement }, y) => {
          const mac = macaulayDuration(bond, y, settlement);
          const mod = modifiedDuration(bond, y, settlement);
          expect(Math.abs(mod - mac / (1 + y / 100 / bond.frequency))).toBeLessThan(1e-12 * Math.max(1, mac));
          const years = (Date.parse(bond.maturity) - Date.parse(settlement)) / DAY_MS / 365;
          expect(mac).toBeGreaterThan(0);
          expect(mac).toBeLessThan(years * 1.01 + 0.01);
          const h = 0.001;
          const up = priceFromYield(bond, y + h, settlement, { dirty: true });
          const down = priceFromYield(bond, y - h, settlement, { dirty: true });
          const fd = ((down - up) / (2 * h)) * 0.01;
          const got = dv01(bond, y, settlement);
          expect(Math.abs(got - fd)).toBeLessThan(1e-6 * Math.max(got, 1e-3));
        },
      ),
      { numRuns: RUNS.risk },
    );
  });

  it(`previous ≤ settlement < next coupon date (${RUNS.dates} runs)`, () => {
    fc.assert(
      fc.property(quoted(ALL_DAY_COUNTS), ({ bond, settlement }) => {
        fc.pre(bond.coupon > 0);
        const previous = previousCouponDate(bond, settlement);
        const next = nextCouponDate(bond, settlement);
        expect(previous <= settlement).toBe(true);
        expect(settlement < next).toBe(true);
        expect(next <= bond.maturity).toBe(true);
      }),
      { numRuns: RUNS.dates },
    );
  });
});
