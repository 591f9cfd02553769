import { fromDay, toDay } from '../dates';
import { gaussian, hashString } from '../rng';

/**
 * Daily inflation (index-ratio) factors per country: a monthly price index grown by a rough history of annual
 * inflation with seeded monthly noise, interpolated linearly between the first days of months (as the reference
 * index of inflation-linked bonds is). Each series is anchored on a level it really had in mid-2025 (for Germany
 * the documented value: 127.43 on 2025-06-01).
 */

interface CountrySeries {
  type: string;
  /** Index level on the first of the anchor month. */
  anchor: number;
  /** Extra inflation versus the euro-area path, percent per year. */
  premium: number;
}

const COUNTRIES: Readonly<Record<string, CountrySeries>> = {
  DE: { type: 'Eurostat', anchor: 127.43, premium: 0 },
  ES: { type: 'Eurostat', anchor: 123.9, premium: 0.2 },
  FR: { type: 'INSEE', anchor: 121.5, premium: -0.1 },
  IT: { type: 'Eurostat', anchor: 122.8, premium: 0.1 },
  UK: { type: 'RPI', anchor: 402.9, premium: 1.0 },
  US: { type: 'CPI-U', anchor: 321.5, premium: 0.4 },
};

const ANCHOR_MONTH = 2025 * 12 + 5; // June 2025
/** Factors exist from this date on. */
export const INFLATION_START = '2015-01-01';

const ANNUAL: Readonly<Record<number, number>> = {
  2014: 0.4,
  2015: 0.2,
  2016: 0.5,
  2017: 1.5,
  2018: 1.8,
  2019: 1.3,
  2020: 0.3,
  2021: 2.8,
  2022: 8.4,
  2023: 5.4,
  2024: 2.4,
  2025: 2.1,
  2026: 2.0,
  2027: 2.0,
};

/** Index levels by month number (year × 12 + month − 1), computed once per country. */
export class InflationSeries {
  private readonly levels = new Map<string, Map<number, number>>();

  constructor(private readonly seed: number) {}

  /** The countries the API knows (`inflation_factors.country`). */
  static readonly countries = Object.keys(COUNTRIES);

  /** The factor type the data names (`Eurostat`, `RPI`…). */
  type(country: string): string {
    return COUNTRIES[country]?.type ?? 'CPI';
  }

  private monthLevel(country: string, month: number): number {
    let levels = this.levels.get(country);
    if (!levels) {
      levels = new Map();
      const spec = COUNTRIES[country] ?? { anchor: 100, premium: 0, type: 'CPI' };
      const key = hashString(country);
      const growth = (m: number) => {
        const year = Math.floor(m / 12);
        const annual = (ANNUAL[year] ?? 2) + spec.premium;
        return annual / 12 / 100 + 0.0015 * gaussian(this.seed, key, m);
      };
      levels.set(ANCHOR_MONTH, spec.anchor);
      let level = spec.anchor;
      for (let m = ANCHOR_MONTH + 1; m <= ANCHOR_MONTH + 60; m++) {
        level *= 1 + growth(m);
        levels.set(m, level);
      }
      level = spec.anchor;
      for (let m = ANCHOR_MONTH - 1; m >= 2014 * 12; m--) {
        level /= 1 + growth(m + 1);
        levels.set(m, level);
      }
      this.levels.set(country, levels);
    }
    return levels.get(month) ?? levels.get(ANCHOR_MONTH + 60) ?? 100;
  }

  /** The factor on a day, rounded to 5 decimals. */
  factor(country: string, day: number): number {
    const date = fromDay(day);
    const year = Number(date.slice(0, 4));
    const month = year * 12 + Number(date.slice(5, 7)) - 1;
    const first = toDay(`${date.slice(0, 8)}01`);
    const nextMonth = month + 1;
    const next = toDay(`${Math.floor(nextMonth / 12)}-${String((nextMonth % 12) + 1).padStart(2, '0')}-01`);
    const a = this.monthLevel(country, month);
    const b = this.monthLevel(country, nextMonth);
    return Math.round((a + ((b - a) * (day - first)) / (next - first)) * 1e5) / 1e5;
  }
}
