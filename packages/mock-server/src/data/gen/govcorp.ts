import type { BondReference, BondSearchItem } from '@terrapin/core';
import type { Bond, CouponFrequency } from '@terrapin/core/analytics';
import { CORPORATES, type Corporate } from '../catalog/corporates';
import { SOVEREIGNS, type Sovereign, type SovereignLine } from '../catalog/sovereigns';
import { addMonths, fromDay, toDay } from '../dates';
import { cusipFrom, isinFrom, randomCusipIssue, randomFigi, randomLei, randomNsin } from '../identifiers';
import { type Curves, ratingGroup, ratingSpread, termSlope } from '../market/curves';
import type { GovCorpEntry, PricingProfile } from '../model';
import { hashString, type Rng, rngFor } from '../rng';
import { bondName, bondTicker, roundCoupon } from './bond-text';

/** Everything the generators share: the seed, a sequential generator, the data date and the ISINs taken. */
export interface GenContext {
  seed: number;
  rng: Rng;
  dataDay: number;
  curves: Curves;
  isins: Set<string>;
}

const FIRST_ISSUE = toDay('2005-01-03');

/** A fresh ISIN from `make`, retried until unused. */
export function uniqueIsin(ctx: GenContext, make: () => string): string {
  for (;;) {
    const isin = make();
    if (!ctx.isins.has(isin)) {
      ctx.isins.add(isin);
      return isin;
    }
  }
}

/** Stable LEI of a named entity (the same issuer always has the same LEI). */
export function leiOf(seed: number, name: string): string {
  return randomLei(rngFor(seed, `lei:${name}`));
}

/** Picks an issue date so that ~88% of bonds are still outstanding on the data date. */
function issueDay(ctx: GenContext, tenorDays: number): number {
  const { rng, dataDay } = ctx;
  const latest = dataDay - 3;
  const outstandingFrom = Math.max(FIRST_ISSUE, dataDay - tenorDays + 7);
  if (rng.chance(0.12) && dataDay - tenorDays > FIRST_ISSUE) {
    return rng.int(FIRST_ISSUE, dataDay - tenorDays);
  }
  return rng.int(Math.min(outstandingFrom, latest), latest);
}

function tenorMonths(years: number): number {
  return Math.round(years * 12);
}

interface Draft {
  issuer: string;
  country: string;
  countryCode: string;
  currency: string;
  sector: string;
  industryGroup: string;
  issuerType: 'government' | 'corporate';
  rating: string | null;
  issuerRating: string | null;
  lei: string | null;
  parentLei: string | null;
  tickerRoot: string;
  tickerSuffix: string;
  isin: string;
  kind: SovereignLine['kind'] | 'corporate' | 'frn';
  handle: string | null;
  frequency: 1 | 2;
  dayCount: string;
  months: number;
  spread: number;
  couponStep: number;
  liquidity: number;
  volume: number;
  amount: number;
  rank: string;
  assetClass: string;
  callable: boolean;
  puttable: boolean;
  green: boolean;
  covered: boolean;
  is144a: boolean;
  isRegS: boolean;
  registration: 'bearer' | 'registered';
  minimumDenomination: number;
  integralMultiple: number;
}

function sovereignDraft(ctx: GenContext, s: Sovereign): Draft {
  const { rng } = ctx;
  const line = rng.weighted(s.lines.map((l) => [l, l.weight] as const));
  const years = rng.pick(line.tenors);
  const isin = uniqueIsin(ctx, () => {
    if (s.countryCode === 'US') return isinFrom('US', cusipFrom('91282C', randomCusipIssue(rng)));
    return isinFrom(s.isinPrefix, randomNsin(rng, s.nsinPrefix));
  });
  const bill = line.kind === 'bill';
  return {
    issuer: s.issuer,
    country: s.country,
    countryCode: s.countryCode,
    currency: s.currency,
    sector: 'government',
    industryGroup: 'sovereign',
    issuerType: 'government',
    rating: s.rating,
    issuerRating: s.rating,
    lei: null,
    parentLei: null,
    tickerRoot: line.ticker,
    tickerSuffix: '',
    isin,
    kind: line.kind,
    handle: line.handle,
    frequency: s.frequency,
    dayCount: s.dayCount,
    months: tenorMonths(years),
    spread: s.spread + (line.kind === 'linker' ? -1.8 : 0),
    couponStep: 0.05,
    liquidity: 1,
    volume: rng.between(5e6, 60e6),
    amount: (bill ? rng.int(2, 12) : rng.int(5, 45)) * 1e9,
    rank: 'senior unsecured',
    assetClass: bill ? 'money market' : 'bond',
    callable: false,
    puttable: false,
    green: line.kind === 'green',
    covered: false,
    is144a: false,
    isRegS: false,
    registration: s.countryCode === 'DE' || s.countryCode === 'FR' ? 'bearer' : 'registered',
    minimumDenomination: 0.01,
    integralMultiple: 0.01,
  };
}

function corporateIsin(ctx: GenContext, c: Corporate, issueYear: number): string {
  const { rng } = ctx;
  return uniqueIsin(ctx, () => {
    if (c.isinPrefix === 'US' && c.cusip) return isinFrom('US', cusipFrom(c.cusip, randomCusipIssue(rng)));
    if (c.isinPrefix === 'XS')
      return isinFrom('XS', randomNsin(rng, issueYear < 2010 ? '0' : issueYear < 2017 ? '1' : '2'));
    if (c.isinPrefix === 'IT') return isinFrom('IT', randomNsin(rng, '0005'));
    if (c.isinPrefix === 'DE')
      return isinFrom('DE', `000A${rng.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 5)}`);
    if (c.isinPrefix === 'FR') return isinFrom('FR', randomNsin(rng, '001'));
    return isinFrom(c.isinPrefix, randomNsin(rng, '0'));
  });
}

function corporateDraft(ctx: GenContext, c: Corporate, issueYear: number): Draft {
  const { rng, seed } = ctx;
  const currency = rng.chance(0.75) ? (c.currencies[0] as string) : rng.pick(c.currencies);
  const annual = currency === 'EUR' || currency === 'CHF' || currency === 'SEK';
  const bank = c.industryGroup === 'banks';
  const covered = bank && rng.chance(0.08);
  const subordinated = !covered && bank && rng.chance(0.15);
  const frn = rng.chance(0.05);
  const rating = covered ? 'AAA' : subordinated ? notchDown(c.rating) : c.rating;
  const euro = c.isinPrefix !== 'US';
  const emtn = euro && rng.chance(0.55);
  const lei = leiOf(seed, c.name);
  return {
    issuer: c.name,
    country: c.country,
    countryCode: c.countryCode,
    currency,
    sector: c.sector,
    industryGroup: c.industryGroup,
    issuerType: 'corporate',
    rating,
    issuerRating: c.rating,
    lei,
    parentLei: c.parent ? leiOf(seed, c.parent) : lei,
    tickerRoot: c.ticker,
    tickerSuffix: emtn ? 'EMTN' : euro && rng.chance(0.3) ? 'REGS' : '',
    isin: corporateIsin(ctx, c, issueYear),
    kind: frn ? 'frn' : 'corporate',
    handle: null,
    frequency: annual ? 1 : 2,
    dayCount:
      currency === 'USD' || currency === 'CHF' ? '30/360' : currency === 'CAD' ? 'act/365' : 'act/act (ICMA)',
    months: tenorMonths(
      rng.weighted([
        [2, 1],
        [3, 3],
        [4, 2],
        [5, 5],
        [6, 2],
        [7, 4],
        [8, 2],
        [10, 5],
        [12, 1],
        [15, 1],
        [20, 1],
        [30, 1],
      ] as const),
    ),
    spread: ratingSpread(rating) + (subordinated ? 0.9 : 0) + rng.between(-0.15, 0.25),
    couponStep: 0.125,
    liquidity: rng.between(0.55, 0.95),
    volume: rng.between(0.2e6, 6e6),
    amount: rng.int(6, 50) * 50e6,
    rank: covered
      ? 'senior secured'
      : subordinated
        ? 'subordinated'
        : rng.chance(0.06)
          ? 'senior secured'
          : 'senior unsecured',
    assetClass: emtn ? 'medium-term note' : rng.chance(0.02) ? 'convertible note' : 'bond',
    callable: rng.chance(0.25),
    puttable: rng.chance(0.03),
    green: rng.chance(0.08),
    covered,
    is144a: euro && rng.chance(0.4),
    isRegS: euro,
    registration: euro && rng.chance(0.5) ? 'bearer' : 'registered',
    minimumDenomination: euro ? 100000 : 2000,
    integralMultiple: 1000,
  };
}

const RATING_SCALE = [
  'AAA',
  'AA+',
  'AA',
  'AA-',
  'A+',
  'A',
  'A-',
  'BBB+',
  'BBB',
  'BBB-',
  'BB+',
  'BB',
  'BB-',
  'B+',
  'B',
  'B-',
  'CCC+',
  'CCC',
  'CCC-',
  'CC',
  'C',
  'D',
];

function notchDown(rating: string | null, notches = 2): string | null {
  if (!rating) return null;
  const i = RATING_SCALE.indexOf(rating);
  return i < 0 ? rating : (RATING_SCALE[Math.min(i + notches, RATING_SCALE.length - 1)] as string);
}

function cfiCode(d: Draft, interestType: string): string {
  const group =
    d.assetClass === 'money market'
      ? 'Y'
      : d.assetClass === 'medium-term note'
        ? 'T'
        : d.assetClass === 'convertible note'
          ? 'C'
          : 'B';
  const interest = interestType === 'fixed rate' ? 'F' : interestType === 'variable rate' ? 'V' : 'Z';
  const guarantee = d.issuerType === 'government' ? 'T' : d.rank === 'senior secured' ? 'S' : 'U';
  const redemption = d.callable ? 'G' : 'F';
  return `D${group}${interest}${guarantee}${redemption}${d.registration === 'bearer' ? 'B' : 'R'}`;
}

/** Builds the full reference record, the search row and the pricing of one drafted bond. */
function finish(ctx: GenContext, d: Draft): GovCorpEntry {
  const { rng, dataDay } = ctx;
  const tenorDays = Math.round(d.months * 30.44);
  const issue = fromDay(issueDay(ctx, tenorDays));
  const maturity = addMonths(issue, d.months);
  const years = d.months / 12;
  const zero = d.kind === 'bill';
  const variable = d.kind === 'frn';
  const atIssue = ctx.curves.base(d.currency, toDay(issue)) + termSlope(years) + d.spread;
  const coupon = zero
    ? 0
    : variable
      ? roundCoupon(ctx.curves.base(d.currency, dataDay) - 0.6 + d.spread, 0.001)
      : roundCoupon(atIssue, d.couponStep);
  const frequency: CouponFrequency = zero ? 0 : d.frequency;
  const interestType = zero ? 'zero rate / discount rate' : variable ? 'variable rate' : 'fixed rate';
  const firstCoupon = zero ? null : addMonths(issue, 12 / d.frequency);
  const bond: Bond = { coupon, frequency, maturity, dayCount: d.dayCount, issueDate: issue };
  if (firstCoupon) bond.firstCouponDate = firstCoupon;
  const rating = d.rating;
  const group = ratingGroup(rating);
  const reference: BondReference = {
    asset_class: d.assetClass,
    cfi_code: cfiCode(d, interestType),
    composite_issue_rating: rating,
    composite_issuer_rating: d.issuerRating,
    country: d.country,
    country_code: d.countryCode,
    coupon,
    coupon_frequency: frequency === 0 ? null : frequency,
    currency: d.currency,
    figi: randomFigi(rng),
    first_coupon_date: firstCoupon,
    handle: d.handle,
    industry_group: d.industryGroup,
    integral_multiple: d.integralMultiple,
    interest_accrual_convention: d.dayCount,
    interest_accrual_date: zero ? null : issue,
    interest_type: interestType,
    is_144a: d.is144a,
    is_callable: d.callable,
    is_covered: d.issuerType === 'corporate' ? d.covered : null,
    is_green: d.green,
    is_inflation_linked: d.kind === 'linker',
    is_outstanding: toDay(maturity) > dataDay,
    is_puttable: d.puttable,
    is_regs: d.isRegS,
    isin: d.isin,
    issue_date: issue,
    issue_rating_group: group,
    issued_amount: d.amount,
    issuer_name: d.issuer,
    issuer_rating_group: ratingGroup(d.issuerRating),
    issuer_type: d.issuerType,
    lei: d.lei,
    lei_direct_parent: d.parentLei,
    lei_ultimate_parent: d.parentLei,
    maturity_date: maturity,
    maturity_type: 'fixed',
    minimum_denomination: d.minimumDenomination,
    name: bondName(d.issuer, coupon, maturity, variable),
    rank: d.rank,
    registration_type: d.registration,
    sector: d.sector,
    ticker: bondTicker(d.tickerRoot, coupon, maturity, variable, d.tickerSuffix),
  };
  const pricing: PricingProfile = {
    curve: d.currency,
    spread: d.spread,
    noiseKey: hashString(d.isin),
    liquidity: d.liquidity,
    volume: d.volume,
  };
  if (variable) pricing.level = coupon;
  return {
    isin: d.isin,
    reference,
    searchRow: bondSearchRow(reference),
    bond,
    pricing,
    firstDay: toDay(issue),
    lastDay: toDay(maturity) - 1,
    documented: false,
  };
}

/** The compact `bond_search` row of a reference record (newest documented shape). */
export function bondSearchRow(r: BondReference): BondSearchItem {
  return {
    country: r.country ?? null,
    coupon: r.coupon ?? null,
    currency: r.currency ?? null,
    isin: r.isin,
    issue_rating_group: r.issue_rating_group ?? null,
    issuer_name: r.issuer_name ?? r.issuer ?? null,
    issuer_rating_group: r.issuer_rating_group ?? null,
    maturity_date: r.maturity_date ?? null,
    ticker: r.ticker ?? null,
  };
}

const SOVEREIGN_WEIGHTS = SOVEREIGNS.map((s) => [s, s.weight] as const);

/** One generated government or corporate bond (45% sovereign, 55% corporate). */
export function generateGovCorp(ctx: GenContext): GovCorpEntry {
  const { rng } = ctx;
  if (rng.chance(0.45)) return finish(ctx, sovereignDraft(ctx, rng.weighted(SOVEREIGN_WEIGHTS)));
  const corporate = rng.pick(CORPORATES);
  return finish(
    ctx,
    corporateDraft(ctx, corporate, 1970 + Math.floor(ctx.dataDay / 365.25) - rng.int(0, 10)),
  );
}
