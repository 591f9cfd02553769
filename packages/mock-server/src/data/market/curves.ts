import { toDay } from '../dates';
import type { FloatingTerms, PricingProfile } from '../model';
import { gaussian, hashString, mix } from '../rng';

/**
 * Yield levels: a base curve per currency (a rough history of 10-year yields with a seeded mean-reverting wiggle),
 * a term slope, a credit spread and a bond-specific wiggle. Prices come from these yields through the analytics,
 * and reported yields are solved back from the rounded prices, so price and yield always agree.
 */

// Approximate 10-year yield levels (percent) at fractional years; linear in between.
const ANCHORS: Readonly<Record<string, readonly (readonly [number, number])[]>> = {
  EUR: [
    [2000, 5.2],
    [2005, 3.4],
    [2008, 4.2],
    [2010, 2.8],
    [2012, 1.5],
    [2014, 1.0],
    [2016, 0.15],
    [2019, -0.3],
    [2021, -0.2],
    [2022.5, 1.5],
    [2023.75, 2.8],
    [2024.5, 2.4],
    [2025.5, 2.6],
    [2030, 2.7],
  ],
  USD: [
    [2000, 6.0],
    [2003, 4.0],
    [2007, 4.8],
    [2009, 3.3],
    [2012, 1.8],
    [2014, 2.6],
    [2016, 1.8],
    [2018.8, 3.1],
    [2020.3, 0.7],
    [2021, 1.5],
    [2022.5, 3.0],
    [2023.8, 4.8],
    [2024.5, 4.2],
    [2025.5, 4.3],
    [2030, 4.2],
  ],
  GBP: [
    [2000, 5.0],
    [2008, 4.5],
    [2012, 1.8],
    [2016, 1.2],
    [2020.3, 0.3],
    [2022.75, 4.0],
    [2023.6, 4.5],
    [2025, 4.6],
    [2030, 4.5],
  ],
  CHF: [
    [2000, 3.5],
    [2010, 1.5],
    [2015, 0.0],
    [2019, -0.5],
    [2022.5, 1.2],
    [2024, 0.6],
    [2030, 0.5],
  ],
  CAD: [
    [2000, 5.8],
    [2008, 3.8],
    [2012, 1.8],
    [2016, 1.2],
    [2020.3, 0.6],
    [2023.8, 4.0],
    [2025, 3.2],
    [2030, 3.3],
  ],
  SEK: [
    [2000, 5.3],
    [2008, 4.0],
    [2012, 1.6],
    [2016, 0.3],
    [2020, 0.0],
    [2023.8, 3.0],
    [2025, 2.4],
    [2030, 2.5],
  ],
  // Tax-exempt municipal yields run at roughly 70–80% of Treasuries.
  MUNI: [
    [2000, 5.2],
    [2008, 4.4],
    [2012, 2.2],
    [2016, 2.0],
    [2018.8, 2.6],
    [2020.3, 1.0],
    [2021, 1.1],
    [2022.8, 3.4],
    [2023.8, 3.9],
    [2024.5, 3.1],
    [2025.5, 3.6],
    [2030, 3.4],
  ],
};

const ORIGIN_DAY = toDay('1999-01-01');
const DAYS_PER_YEAR = 365.25;

function anchorLevel(curve: string, day: number): number {
  const points = ANCHORS[curve] ?? ANCHORS.USD!;
  const year = 1970 + day / DAYS_PER_YEAR;
  const first = points[0]!;
  if (year <= first[0]) return first[1];
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x0, y0] = points[i - 1]!;
    if (year <= x1) return y0 + ((y1 - y0) * (year - x0)) / (x1 - x0);
  }
  return points[points.length - 1]![1];
}

/** Per-currency base curves; the mean-reverting noise is walked once per currency and cached. */
export class Curves {
  private readonly noise = new Map<string, Float64Array>();

  constructor(
    private readonly seed: number,
    private readonly lastDay: number,
  ) {}

  /** The base 10-year level of `curve` on `day`, percent. */
  base(curve: string, day: number): number {
    return anchorLevel(curve, day) + this.noiseAt(curve, day);
  }

  private noiseAt(curve: string, day: number): number {
    let series = this.noise.get(curve);
    if (!series) {
      series = new Float64Array(Math.max(1, this.lastDay - ORIGIN_DAY + 2));
      const key = hashString(curve);
      let x = 0;
      // Ornstein–Uhlenbeck: a daily shock of ~6 bp, pulled back toward the anchor with a half-life of ~3 months.
      for (let i = 0; i < series.length; i++) {
        x += -0.008 * x + 0.06 * gaussian(this.seed, key, i);
        series[i] = x;
      }
      this.noise.set(curve, series);
    }
    const index = Math.min(Math.max(day - ORIGIN_DAY, 0), series.length - 1);
    return series[index] ?? 0;
  }
}

/** Term-structure adjustment for `years` to maturity, relative to the 10-year point. */
export function termSlope(years: number): number {
  return 0.35 * Math.log((Math.max(years, 0) + 0.5) / 10.5);
}

/** A bond's own slow wiggle (three seeded sine waves) plus a little daily noise, in percent. */
export function bondNoise(profile: PricingProfile, seed: number, day: number): number {
  let sum = 0;
  for (let k = 1; k <= 3; k++) {
    const h = mix(seed, profile.noiseKey, k);
    const amplitude = 0.04 + ((h & 0xff) / 255) * 0.12;
    const period = 60 + ((h >>> 8) & 0x3ff) * 0.6;
    const phase = ((h >>> 18) / 16384) * Math.PI * 2;
    sum += amplitude * Math.sin((2 * Math.PI * day) / period + phase);
  }
  return sum + 0.015 * gaussian(seed, profile.noiseKey, day);
}

/** The yield (percent) the model gives a bond on `day` with `years` left to maturity. */
export function modelYield(
  curves: Curves,
  profile: PricingProfile,
  seed: number,
  day: number,
  years: number,
): number {
  const y =
    curves.base(profile.curve, day) + termSlope(years) + profile.spread + bondNoise(profile, seed, day);
  // Keep clear of the analytics' domain edge (y/f > -1); real markets floored around -0.9% anyway.
  return Math.max(y, -0.75);
}

/** Credit spread (percent) by composite rating. */
export function ratingSpread(rating: string | null | undefined): number {
  if (!rating) return 1.2;
  const letters = rating.replace(/[+-]/g, '');
  const base: Record<string, number> = {
    AAA: 0.05,
    AA: 0.3,
    A: 0.65,
    BBB: 1.1,
    BB: 2.4,
    B: 4,
    CCC: 7.5,
    CC: 11,
    C: 15,
    D: 25,
  };
  const notch = rating.endsWith('+') ? -0.1 : rating.endsWith('-') ? 0.15 : 0;
  return (base[letters] ?? 1.2) + notch;
}

/** `investment_grade` (BBB- or better) or `high_yield`; null without a rating. */
export function ratingGroup(rating: string | null | undefined): 'investment_grade' | 'high_yield' | null {
  if (!rating) return null;
  return /^(AAA|AA|A|BBB)[+-]?$/.test(rating) ? 'investment_grade' : 'high_yield';
}

/**
 * A floater's coupon fixed on `day`: the index (the curve's base level plus `offset`, floored at 0, as most
 * EURIBOR/SOFR/SIFMA notes are) plus the margin, to 0.001. Following the curve's history means a 2018 floater paid
 * next to nothing until 2022 and then reset upwards, instead of one flat rate for its whole life.
 */
export function floatingCoupon(curves: Curves, curve: string, terms: FloatingTerms, day: number): number {
  const index = Math.max(0, curves.base(curve, day) + terms.offset);
  return Math.round((index + terms.margin) * 1000) / 1000;
}
