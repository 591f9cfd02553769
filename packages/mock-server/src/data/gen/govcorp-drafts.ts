import { elementAt } from '../../internal/element-at';
import type { Corporate } from '../catalog/corporates';
import type { Sovereign, SovereignLine } from '../catalog/sovereigns';
import { cusipFrom, isinFrom, randomCusipIssue, randomNsin } from '../identifiers';
import { ratingSpread } from '../market/curves';
import { type GenContext, leiOf, uniqueIsin } from './context';

function tenorMonths(years: number): number {
  return Math.round(years * 12);
}

/** A bond being generated: issuer facts and market conventions, before dates and coupon are drawn. */
export interface Draft {
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

/** Drafts a government bond of `s`: a line (handle), a tenor, the market's conventions. */
export function sovereignDraft(ctx: GenContext, s: Sovereign): Draft {
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
    minimumDenomination: s.denomination.minimum,
    integralMultiple: s.denomination.multiple,
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

/** Drafts a corporate bond of `c`: currency, seniority (covered, subordinated), callability, ISIN style. */
export function corporateDraft(ctx: GenContext, c: Corporate, issueYear: number): Draft {
  const { rng, seed } = ctx;
  const currency = rng.chance(0.75) ? elementAt(c.currencies, 0) : rng.pick(c.currencies);
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

/** The rating `notches` steps lower on the S&P scale. */
export function notchDown(rating: string | null, notches = 2): string | null {
  if (!rating) return null;
  const i = RATING_SCALE.indexOf(rating);
  return i < 0 ? rating : elementAt(RATING_SCALE, Math.min(i + notches, RATING_SCALE.length - 1));
}

/** A plausible ISO 10962 CFI code for the draft. */
export function cfiCode(d: Draft, interestType: string): string {
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
