import type { Bond } from '@terrapin/core/analytics';
import type { MuniReference, MuniSearchItem } from '@terrapin/core/contract';
import { MUNI_KINDS } from '../catalog/muni-kinds';
import { INSURERS } from '../catalog/muni-parties';
import { fromDay, toDay, yearOf } from '../dates';
import { USE_OF_FUNDS } from '../fixtures/taxonomy';
import { cusipFrom, isinFrom, randomCusipIssue } from '../identifiers';
import { floatingCoupon, ratingGroup } from '../market/curves';
import type { FloatingTerms, MuniEntity, MuniEntry, MuniSeries } from '../model';
import { hashString } from '../rng';
import { roundCoupon } from './bond-text';
import type { GenContext } from './context';
import {
  eraCoupon,
  firstCouponDate,
  MATURITY_DAYS,
  muniSpread,
  muniTicker,
  obligorFor,
  seriesRating,
  seriesTitle,
  tickerRoot,
} from './muni-terms';

/** Variable-rate munis reset weekly off SIFMA, which sits ~1.2 points under the 10-year muni level. */
const SIFMA: FloatingTerms = { offset: -1.2, margin: 0 };

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
    const drawn = zero ? null : (b.firstCouponDate ?? firstCouponDate(datedDate, b.maturity));
    // A bond maturing within its first coupon period pays its only coupon at maturity.
    const firstCoupon = drawn !== null && drawn > b.maturity ? b.maturity : drawn;
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
    if (type === 'variable rate') entry.pricing.floating = SIFMA;
    if (b.referenceOverride) entry.referenceOverride = b.referenceOverride;
    if (b.searchRowOverride) entry.searchRowOverride = b.searchRowOverride;
    series.bonds.push(entry);
  };

  for (const b of spec.bonds ?? []) addBond(b);
  const extra = spec.bonds
    ? (spec.extraBonds ?? 0)
    : Math.min(maxBonds, interestType === 'variable rate' ? rng.int(1, 3) : rng.int(3, 24));
  // The current weekly fixing of the variable-rate bonds (their history resets from the same index path).
  const variableRate = floatingCoupon(ctx.curves, 'MUNI', SIFMA, dataDay);
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
