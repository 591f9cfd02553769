import type { Bond, CouponFrequency } from '@terrapin/core/analytics';
import type { BondReference, BondSearchItem } from '@terrapin/core/contract';
import { CORPORATES } from '../catalog/corporates';
import { SOVEREIGNS } from '../catalog/sovereigns';
import { addMonths, fromDay, toDay } from '../dates';
import { randomFigi } from '../identifiers';
import { floatingCoupon, ratingGroup, termSlope } from '../market/curves';
import type { FloatingTerms, GovCorpEntry, PricingProfile } from '../model';
import { hashString } from '../rng';
import { bondName, bondTicker, roundCoupon } from './bond-text';
import type { GenContext } from './context';
import { cfiCode, corporateDraft, type Draft, sovereignDraft } from './govcorp-drafts';

const FIRST_ISSUE = toDay('2005-01-03');

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
  // An FRN pays the index (the curve's short end) plus its margin; `coupon` is the fixing current on the data date.
  const floating: FloatingTerms | null = variable
    ? { offset: -0.6, margin: roundCoupon(d.spread, 0.05) }
    : null;
  const coupon = zero
    ? 0
    : floating
      ? floatingCoupon(ctx.curves, d.currency, floating, dataDay)
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
  if (floating) pricing.floating = floating;
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
