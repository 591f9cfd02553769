import { nextCouponDate, previousCouponDate, priceFromYield } from '@terrapin/core/analytics';
import type { MuniReference } from '@terrapin/core/contract';
import { ADVISORS, BOND_COUNSEL, TRUSTEES, UNDERWRITERS } from '../catalog/muni-parties';
import { fromDay, laterDate, toDay } from '../dates';
import { randomFigi } from '../identifiers';
import { type Curves, floatingCoupon, modelYield, ratingGroup } from '../market/curves';
import type { MuniEntry, MuniSeries } from '../model';
import { type Rng, rngFor } from '../rng';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Deal parties, shared by every bond of a series (deterministic per series). */
export function seriesParties(seed: number, series: MuniSeries) {
  const rng: Rng = rngFor(seed, `series:${series.id}`);
  return {
    underwriters: rng.sample(UNDERWRITERS, rng.int(1, 3)),
    bond_counsel: [rng.pick(BOND_COUNSEL)],
    disclosure_counsel: rng.chance(0.5) ? [rng.pick(BOND_COUNSEL)] : [],
    advisors: rng.chance(0.8) ? [rng.pick(ADVISORS)] : [],
    trustees: series.sourceOfRepayment === 'Revenue' ? [rng.pick(TRUSTEES)] : [],
    awardTime: `${String(rng.int(9, 14)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])}:00`,
    spreadBps: rng.int(5, 60),
  };
}

function safe<T>(fn: () => T): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

/** A copy of `record` with its keys in alphabetical order (the order JSON.stringify then writes them in). */
function sortKeys(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The full `muni_reference` record of a bond, built on demand (the universe keeps only the compact entry, which
 * keeps startup fast and memory small). Keys come back in alphabetical order, as the newest documentation shows.
 */
export function muniReference(
  seed: number,
  curves: Curves,
  dataDay: number,
  entry: MuniEntry,
): Record<string, unknown> {
  const { series } = entry;
  const { entity } = series;
  const p = seriesParties(seed, series);
  const rng = rngFor(seed, `muni:${entry.isin}`);
  const dataDate = fromDay(dataDay);
  const outstanding = entry.maturityDate > dataDate;
  const zero = entry.bond.frequency === 0;
  const variable = entry.interestType === 'variable rate';
  const datedDay = toDay(series.datedDate);
  const issueYield = entry.pricing.floating
    ? floatingCoupon(curves, entry.pricing.curve, entry.pricing.floating, datedDay)
    : (entry.pricing.level ??
      modelYield(curves, entry.pricing, seed, datedDay, (entry.lastDay - datedDay) / 365.25));
  const issuePrice = variable
    ? 100
    : safe(() => round(priceFromYield(entry.bond, issueYield, series.datedDate), 3));
  const coupons = outstanding && !zero && entry.firstCouponDate !== null;
  const settle = laterDate(dataDate, series.datedDate);
  const months = entry.firstCouponDate
    ? [
        Number(entry.firstCouponDate.slice(5, 7)),
        ((Number(entry.firstCouponDate.slice(5, 7)) + 5) % 12) + 1,
      ].sort((a, b) => a - b)
    : null;
  const callable = entry.firstCallDate !== null;
  const nextCall =
    callable && entry.firstCallDate! > dataDate
      ? entry.firstCallDate
      : callable && outstanding
        ? dataDate
        : null;
  const enhanced = series.insurer !== null;
  const record: MuniReference = {
    advisors: p.advisors,
    award_date: series.saleDate,
    award_time: p.awardTime,
    bond_counsel: p.bond_counsel,
    capital_purpose: series.capitalPurpose,
    closing_date: series.closingDate,
    composite_rating: series.rating,
    counties: entity.counties,
    country: 'United States of America',
    country_code: 'US',
    coupon: entry.coupon,
    coupon_frequency: zero ? null : 2,
    coupon_payment_day: zero ? null : Number(entry.maturityDate.slice(8, 10)),
    coupon_payment_months: months,
    credit_enhancement_type: enhanced ? ['bond_insurance'] : [],
    currency: 'USD',
    dated_date: series.datedDate,
    disclosure_counsel: p.disclosure_counsel,
    extraordinary_optional_redemption: null,
    figi: randomFigi(rng),
    first_call_date: entry.firstCallDate,
    first_execution_date: series.saleDate,
    first_interest_payment_date: entry.firstCouponDate,
    first_trade_date: series.saleDate,
    guarantee: series.sourceOfRepayment === 'Revenue' ? 'secured' : 'unsecured',
    handle: 'us_muni',
    has_mandatory_redemption: false,
    insurers: series.insurer ? [series.insurer] : [],
    integral_multiple: 5000,
    interest_accrual_convention: '30/360',
    interest_accrual_date: series.datedDate,
    interest_maximum_rate: variable ? 12 : null,
    interest_minimum_rate: variable ? 0 : null,
    interest_payment_schedule: zero
      ? []
      : [
          {
            interest_type: entry.interestType,
            payment_date: {
              day: Number(entry.firstCouponDate!.slice(8, 10)),
              month: Number(entry.firstCouponDate!.slice(5, 7)),
              year: Number(entry.firstCouponDate!.slice(0, 4)),
            },
            periodic_schedule: { period_amount: 6, period_type: 'month', until: entry.maturityDate },
          },
        ],
    interest_rate: variable
      ? { benchmark: 'SIFMA Municipal Swap Index', spread_in_bps: p.spreadBps }
      : entry.coupon,
    interest_rate_schedule: [
      {
        determination_period: variable ? 'weekly' : null,
        from_date: series.datedDate,
        interest_rate: entry.coupon,
        interest_type: entry.interestType,
        rate_mode_name: variable ? 'weekly' : zero ? 'zero coupon' : 'fixed',
        until_date: entry.maturityDate,
      },
    ],
    interest_type: entry.interestType,
    is_amt: series.flags.is_amt,
    is_bank_qualified: series.flags.is_bank_qualified,
    is_callable: callable,
    is_credit_enhanced: enhanced,
    is_federally_taxable: series.flags.is_federally_taxable,
    is_green: series.flags.is_green,
    is_insured: enhanced,
    is_outstanding: outstanding,
    is_pac: entry.isPac,
    is_social: series.flags.is_social,
    is_state_enhanced: false,
    is_state_taxable: series.flags.is_state_taxable,
    is_sustainable: series.flags.is_sustainable,
    isin: entry.isin,
    issue_date: series.datedDate,
    issue_price: issuePrice,
    issue_yield: round(issueYield, 3),
    issued_amount: entry.issuedAmount,
    issuer_name: entry.issuerName,
    issuer_type: 'municipal',
    liquidity_facility: variable ? `Letter of credit: ${rng.pick(UNDERWRITERS)}` : null,
    mandatory_redemption_schedule: [],
    maturity_amount: entry.issuedAmount,
    maturity_date: entry.maturityDate,
    minimum_denomination: 5000,
    next_call_date: nextCall,
    next_coupon_date: coupons ? safe(() => nextCouponDate(entry.bond, settle)) : null,
    obligor: series.obligor,
    optional_redemption_schedule: callable
      ? [
          {
            call_date: entry.firstCallDate,
            call_price: entry.callPrice,
            includes_accrued_interest: false,
            is_periodic: true,
            period_amount: 1,
            period_type: 'day',
            until: entry.maturityDate,
          },
        ]
      : [],
    outstanding_amount: outstanding ? entry.issuedAmount : 0,
    previous_coupon_date: coupons ? safe(() => previousCouponDate(entry.bond, settle)) : null,
    purpose: series.purpose,
    rating: ratingGroup(series.rating),
    rating_group: ratingGroup(series.rating),
    remarketing_agent: variable ? (p.underwriters[0] ?? null) : null,
    sector: series.legacySector,
    seniority: series.sourceOfRepayment === 'Revenue' && rng.chance(0.1) ? 'subordinate' : 'senior',
    series: series.title,
    series_issued_amount: series.amount,
    source_of_repayment: series.sourceOfRepayment,
    state: entity.state,
    ticker: entry.ticker,
    trustees: p.trustees,
    underwriters: p.underwriters,
    use_categories: [series.useCategory],
    use_sectors: [series.useSector],
    uses_of_proceeds: series.usesOfProceeds,
  };
  return sortKeys({ ...record, ...entry.referenceOverride });
}
