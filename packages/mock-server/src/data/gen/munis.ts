import type { MuniReference, MuniSearchItem } from '@terrapin/core';
import type { Bond } from '@terrapin/core/analytics';
import { MUNI_KINDS } from '../catalog/muni-kinds';
import { INSURERS, OBLIGOR_SUFFIXES } from '../catalog/muni-parties';
import { PLACES, STATES } from '../catalog/places';
import { addMonths, fromDay, tickerDate, toDay, yearOf } from '../dates';
import { USE_OF_FUNDS } from '../fixtures/taxonomy';
import { cusipFrom, isinFrom, randomCusipIssue } from '../identifiers';
import { ratingGroup } from '../market/curves';
import type { MuniEntity, MuniEntry, MuniSeries } from '../model';
import { hashString } from '../rng';
import { couponText, roundCoupon } from './bond-text';
import type { GenContext } from './govcorp';

/** Fixed values for one bond of a series (documented fixtures); anything left out is generated. */
export interface MuniBondSpec {
  issue: string;
  coupon: number;
  maturity: string;
  firstCouponDate?: string | null;
  firstCallDate?: string | null;
  issuedAmount?: number;
  interestType?: string;
  ticker?: string;
  referenceOverride?: Partial<MuniReference>;
  searchRowOverride?: MuniSearchItem;
}

/** Fixed values for a series (documented fixtures); anything left out is generated. */
export interface MuniSeriesSpec {
  issuerName?: string;
  datedDate?: string;
  saleDate?: string;
  title?: string;
  rating?: string | null;
  hasOfficialStatement?: boolean;
  insurer?: string | null;
  capitalPurpose?: MuniSeries['capitalPurpose'];
  use?: readonly [string, string];
  bonds?: readonly MuniBondSpec[];
  /** Generated sibling bonds added to the fixed ones. */
  extraBonds?: number;
}

const MATURITY_DAYS = [
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

function tickerRoot(entity: MuniEntity): string {
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

function seriesRating(ctx: GenContext, entity: MuniEntity): string | null {
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

function eraCoupon(ctx: GenContext, year: number, years: number): number {
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
function firstCouponDate(dated: string, maturity: string): string {
  const md = maturity.slice(5);
  const month = Number(md.slice(0, 2));
  let candidate = `${dated.slice(0, 4)}-${String(((month + 5) % 12) + 1).padStart(2, '0')}-${md.slice(3)}`;
  const earliest = fromDay(toDay(dated) + 45);
  if (candidate > `${dated.slice(0, 4)}-${md}`) candidate = `${dated.slice(0, 4)}-${md}`;
  for (let i = 0; candidate < earliest && i < 8; i++) candidate = addMonths(candidate, 6);
  return candidate;
}

function obligorFor(ctx: GenContext, entity: MuniEntity): string | null {
  const conduit = MUNI_KINDS[entity.kind].conduit;
  if (!conduit) return null;
  const places = PLACES.filter((p) => p.state === entity.state);
  const where = places.length > 0 ? ctx.rng.pick(places).city : (STATES[entity.state] ?? entity.state);
  return `${where} ${ctx.rng.pick(OBLIGOR_SUFFIXES[conduit])}`;
}

function seriesTitle(
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

function muniSpread(rating: string | null): number {
  if (!rating) return 1.6;
  const base: Record<string, number> = { AAA: 0, AA: 0.15, A: 0.45, BBB: 1.0, BB: 2.2, B: 3.5 };
  return base[rating.replace(/[+-]/g, '')] ?? 1.6;
}

/** Builds one municipal series for `entity` with its bonds (serial maturities, then term bonds). */
export function generateSeries(
  ctx: GenContext,
  entity: MuniEntity,
  id: number,
  usedIssues: Set<string>,
  maxBonds: number,
  spec: MuniSeriesSpec = {},
): MuniSeries {
  const { rng, dataDay } = ctx;
  const kind = MUNI_KINDS[entity.kind];
  const start = toDay('2008-01-02');
  const datedDay = spec.datedDate
    ? toDay(spec.datedDate)
    : Math.round(dataDay - 10 - (dataDay - 10 - start) * rng.next() ** 1.6);
  const datedDate = fromDay(datedDay);
  const datedYear = yearOf(datedDate);
  const generalObligation = rng.chance(kind.generalObligation);
  const capitalPurpose =
    spec.capitalPurpose ??
    rng.weighted([
      ['new money', 60],
      ['refunding', 30],
      ['mixed', 10],
    ] as const);
  const [useSector, useCategory] = spec.use ?? rng.pick(kind.uses);
  const leaves = USE_OF_FUNDS[useSector]?.[useCategory] ?? ['miscellaneous'];
  const rating = spec.rating !== undefined ? spec.rating : seriesRating(ctx, entity);
  const taxable = rng.chance(0.08);
  const series: MuniSeries = {
    id,
    entity,
    title: spec.title ?? seriesTitle(ctx, entity, generalObligation, capitalPurpose, datedYear),
    datedDate,
    saleDate: spec.saleDate ?? fromDay(datedDay - rng.int(14, 35)),
    closingDate: datedDate,
    sourceOfRepayment: generalObligation
      ? rng.weighted([
          ['General Obligation', 9],
          ['Double Barrel', 1],
        ] as const)
      : 'Revenue',
    capitalPurpose,
    useSector,
    useCategory,
    usesOfProceeds: rng.sample(leaves, rng.int(1, Math.min(2, leaves.length))),
    legacySector: kind.legacySector,
    purpose: kind.purpose,
    obligor: obligorFor(ctx, entity),
    rating,
    insurer: spec.insurer !== undefined ? spec.insurer : rng.chance(0.1) ? rng.pick(INSURERS) : null,
    hasOfficialStatement: spec.hasOfficialStatement ?? rng.chance(0.95),
    flags: {
      is_amt: entity.kind === 'airport' ? rng.chance(0.4) : rng.chance(0.03),
      is_bank_qualified: rng.chance(0.12),
      is_federally_taxable: taxable,
      is_state_taxable: taxable && rng.chance(0.5),
      is_green: rng.chance(entity.kind === 'water' || entity.kind === 'transit' ? 0.15 : 0.04),
      is_social: rng.chance(entity.kind === 'housing' ? 0.2 : 0.02),
      is_sustainable: rng.chance(0.02),
    },
    bonds: [],
    amount: 0,
  };
  const interestType = rng.weighted([
    ['fixed rate', 90],
    ['variable rate', 3.5],
    ['cab', 2],
    ['zero rate / discount rate', 2],
    ['step rate', 1],
    ['term rate', 1.5],
  ] as const);
  const monthDay = spec.bonds?.[0]?.maturity.slice(5) ?? rng.pick(MATURITY_DAYS);
  const callYears = rng.pick([8, 10, 10, 10]);
  const size = entity.kind === 'state' ? 4 : 1;
  const root = tickerRoot(entity);
  const issuerName = spec.issuerName ?? entity.name.toUpperCase();

  const addBond = (b: MuniBondSpec) => {
    usedIssues.add(b.issue);
    const type = b.interestType ?? interestType;
    const zero = type === 'cab' || type === 'zero rate / discount rate';
    const coupon = zero ? 0 : b.coupon;
    const years = yearOf(b.maturity) - datedYear;
    const defaultCall =
      !zero && type !== 'variable rate' && years > callYears ? `${datedYear + callYears}-${monthDay}` : null;
    const firstCall = b.firstCallDate !== undefined ? b.firstCallDate : defaultCall;
    const firstCoupon = zero
      ? null
      : b.firstCouponDate !== undefined
        ? b.firstCouponDate
        : firstCouponDate(datedDate, b.maturity);
    const cusip = cusipFrom(entity.cusip6, b.issue);
    const isin = isinFrom('US', cusip);
    ctx.isins.add(isin);
    const bond: Bond = {
      coupon,
      frequency: zero ? 0 : 2,
      maturity: b.maturity,
      dayCount: '30/360',
      issueDate: datedDate,
    };
    if (firstCoupon) bond.firstCouponDate = firstCoupon;
    const issuedAmount = b.issuedAmount ?? rng.int(20, 3000) * 5000 * size;
    const entry: MuniEntry = {
      isin,
      cusip,
      series,
      issuerName,
      interestType: type,
      coupon,
      maturityDate: b.maturity,
      firstCouponDate: firstCoupon,
      firstCallDate: firstCall,
      callPrice: 100,
      issuedAmount,
      isPac: rng.chance(0.01),
      ticker: b.ticker ?? muniTicker(entity.state, root, coupon, b.maturity),
      bond,
      pricing: {
        curve: 'MUNI',
        spread: muniSpread(rating) + (taxable ? 1.2 : 0) + rng.between(-0.1, 0.15),
        noiseKey: hashString(isin),
        liquidity: 0.02 + 0.2 * Math.min(1, issuedAmount / 15e6) * rng.between(0.5, 1),
        volume: issuedAmount / 50,
      },
      firstDay: toDay(series.saleDate),
      lastDay: toDay(b.maturity) - 1,
    };
    if (type === 'variable rate') entry.pricing.level = coupon;
    if (b.referenceOverride) entry.referenceOverride = b.referenceOverride;
    if (b.searchRowOverride) entry.searchRowOverride = b.searchRowOverride;
    series.bonds.push(entry);
  };

  for (const b of spec.bonds ?? []) addBond(b);
  const extra = spec.bonds
    ? (spec.extraBonds ?? 0)
    : Math.min(maxBonds, interestType === 'variable rate' ? rng.int(1, 3) : rng.int(3, 24));
  const variableRate = roundCoupon(ctx.curves.base('MUNI', dataDay) - 1.2, 0.01);
  const serial = Math.max(1, extra - rng.int(0, 2));
  let year = datedYear + rng.int(1, 2);
  for (let i = 0; i < extra; i++) {
    const maturity = `${i < serial ? year : year + 4}-${monthDay}`;
    year += i < serial ? 1 : 5;
    if (maturity <= datedDate) continue;
    let issue: string;
    do issue = randomCusipIssue(rng);
    while (usedIssues.has(issue) || ctx.isins.has(isinFrom('US', cusipFrom(entity.cusip6, issue))));
    const years = yearOf(maturity) - datedYear;
    const coupon =
      interestType === 'variable rate'
        ? variableRate
        : taxable
          ? roundCoupon(ctx.curves.base('USD', datedDay) + 0.8, 0.001)
          : eraCoupon(ctx, datedYear, years);
    addBond({ issue, coupon, maturity });
  }
  series.amount = series.bonds.reduce((sum, b) => sum + b.issuedAmount, 0);
  return series;
}

/** The compact `muni_search` / `muni_bonds_in_series` row (newest documented shape). */
export function muniSearchRow(entry: MuniEntry): MuniSearchItem {
  if (entry.searchRowOverride) return entry.searchRowOverride;
  return {
    coupon: entry.coupon,
    has_official_statement: entry.series.hasOfficialStatement,
    interest_type: entry.interestType,
    is_callable: entry.firstCallDate !== null,
    isin: entry.isin,
    issuer_name: entry.issuerName,
    maturity_date: entry.maturityDate,
    rating_group: ratingGroup(entry.series.rating),
    state: entry.series.entity.state,
    ticker: entry.ticker,
  };
}
