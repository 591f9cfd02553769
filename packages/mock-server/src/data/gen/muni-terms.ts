import { MUNI_KINDS } from '../catalog/muni-kinds';
import { OBLIGOR_SUFFIXES } from '../catalog/muni-parties';
import { PLACES, STATES } from '../catalog/places';
import { addMonths, fromDay, tickerDate, toDay } from '../dates';
import type { MuniEntity } from '../model';
import { couponText } from './bond-text';
import type { GenContext } from './context';

/** The vocabulary of municipal deals: tickers, titles, ratings, coupons, coupon dates and obligors. */

/** Month and day of maturities (a series matures on one date each year). */
export const MATURITY_DAYS = [
  '02-01',
  '03-01',
  '05-01',
  '06-01',
  '08-01',
  '09-01',
  '10-01',
  '11-15',
  '12-01',
  '01-01',
  '04-01',
  '07-01',
];
const SKIP_WORDS = new Set([
  'city',
  'of',
  'state',
  'county',
  'port',
  'university',
  'school',
  'district',
  'the',
  'commonwealth',
]);

/** Ticker root: the issuer's first significant word and its kind (`SAL` + `APT`). */
export function tickerRoot(entity: MuniEntity): string {
  const word = entity.name.split(/\s+/).find((w) => !SKIP_WORDS.has(w.toLowerCase())) ?? entity.name;
  return `${word
    .replace(/[^A-Za-z]/g, '')
    .slice(0, 3)
    .toUpperCase()}${MUNI_KINDS[entity.kind].tickerTail}`;
}

/** `KS SALAPT 4 09/01/2043`. */
export function muniTicker(state: string, root: string, coupon: number, maturity: string): string {
  return `${state} ${root} ${couponText(coupon)} ${tickerDate(maturity, true)}`;
}

/** A composite rating typical of the issuer's kind. */
export function seriesRating(ctx: GenContext, entity: MuniEntity): string | null {
  const { rng } = ctx;
  switch (entity.kind) {
    case 'state':
      return rng.pick(['AAA', 'AA+', 'AA+', 'AA', 'AA-', 'A+']);
    case 'housing':
      return rng.pick(['AAA', 'AA+', 'AA']);
    case 'health':
      return rng.pick(['AA-', 'A+', 'A', 'A-', 'BBB+', 'BBB', null]);
    case 'development':
      return rng.pick(['A-', 'BBB', 'BBB-', 'BB+', 'BB', null, null]);
    default:
      return rng.pick(['AAA', 'AA+', 'AA', 'AA', 'AA-', 'AA-', 'A+', 'A', 'A-', 'BBB+', 'BBB']);
  }
}

/** Coupon of a new tax-exempt bond: 5% premium structures dominate, lower coupons in the low-rate years. */
export function eraCoupon(ctx: GenContext, year: number, years: number): number {
  const { rng } = ctx;
  if (year >= 2022)
    return rng.weighted([
      [5, 60],
      [4, 14],
      [4.25, 5],
      [4.5, 5],
      [5.25, 5],
      [5.5, 4],
      [years > 20 ? 3.75 : 4, 7],
    ] as const);
  if (year >= 2014) {
    if (years <= 5)
      return rng.weighted([
        [5, 40],
        [4, 20],
        [2, 20],
        [3, 20],
      ] as const);
    return rng.weighted([
      [5, 45],
      [4, 25],
      [3, 15],
      [3.25, 5],
      [years > 20 ? 2.5 : 3.5, 10],
    ] as const);
  }
  return rng.weighted([
    [5, 40],
    [4, 25],
    [4.5, 15],
    [3, 10],
    [3.5, 10],
  ] as const);
}

/** The first coupon date: the first payment date (maturity's day, every six months) at least 45 days after dating. */
export function firstCouponDate(dated: string, maturity: string): string {
  const md = maturity.slice(5);
  const month = Number(md.slice(0, 2));
  let candidate = `${dated.slice(0, 4)}-${String(((month + 5) % 12) + 1).padStart(2, '0')}-${md.slice(3)}`;
  const earliest = fromDay(toDay(dated) + 45);
  if (candidate > `${dated.slice(0, 4)}-${md}`) candidate = `${dated.slice(0, 4)}-${md}`;
  for (let i = 0; candidate < earliest && i < 8; i++) candidate = addMonths(candidate, 6);
  return candidate;
}

/** The borrower behind a conduit issue (a hospital, a college), or null. */
export function obligorFor(ctx: GenContext, entity: MuniEntity): string | null {
  const conduit = MUNI_KINDS[entity.kind].conduit;
  if (!conduit) return null;
  const places = PLACES.filter((p) => p.state === entity.state);
  const where = places.length > 0 ? ctx.rng.pick(places).city : (STATES[entity.state] ?? entity.state);
  return `${where} ${ctx.rng.pick(OBLIGOR_SUFFIXES[conduit])}`;
}

/** "Water and Sewer Revenue Refunding Bonds, Series 2021B". */
export function seriesTitle(
  ctx: GenContext,
  entity: MuniEntity,
  generalObligation: boolean,
  purpose: string,
  year: number,
): string {
  const refunding = purpose === 'refunding' ? 'Refunding ' : '';
  const kind = generalObligation ? 'General Obligation' : MUNI_KINDS[entity.kind].revenueTitle;
  return `${kind} ${refunding}Bonds, Series ${year}${ctx.rng.pick(['A', 'A', 'B', 'C', ''])}`;
}

/** Credit spread (percent) over the municipal curve by rating. */
export function muniSpread(rating: string | null): number {
  if (!rating) return 1.6;
  const base: Record<string, number> = { AAA: 0, AA: 0.15, A: 0.45, BBB: 1.0, BB: 2.2, B: 3.5 };
  return base[rating.replace(/[+-]/g, '')] ?? 1.6;
}
