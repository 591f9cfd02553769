import { type Bond, priceFromYield } from '@terrapin/core/analytics';
import type { AgencyReference, AgencySearchItem } from '@terrapin/core/contract';
import { addMonths, fromDay, tickerDate, toDay } from '../dates';
import { cusipFrom, isinFrom, randomFigi } from '../identifiers';
import { floatingCoupon, termSlope } from '../market/curves';
import type { AgencyEntry, FloatingTerms } from '../model';
import { hashString } from '../rng';
import { couponText, roundCoupon } from './bond-text';
import { type GenContext, leiOf, uniqueIsin } from './context';

/** The two agencies the API's `issuer_name` filter knows, with their CUSIP prefixes and tickers. */
const AGENCIES = [
  {
    name: 'FEDERAL HOME LOAN MORTGAGE CORPORATION',
    figiName: 'FREDDIE MAC',
    ticker: 'FHLMC',
    cusip: ['3134G', '3134H'],
  },
  {
    name: 'FEDERAL NATIONAL MORTGAGE ASSOCIATION',
    figiName: 'FANNIE MAE',
    ticker: 'FNMA',
    cusip: ['3135G', '3136G'],
  },
] as const;

const CUSIP_CHARS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The compact `agency_search` row of a reference record (documented shape: `interest_rate`, not `coupon`). */
export function agencySearchRow(r: AgencyReference): AgencySearchItem {
  return {
    interest_rate: r.interest_rate ?? r.coupon ?? null,
    interest_type: r.interest_type ?? null,
    is_callable: r.is_callable ?? null,
    isin: r.isin,
    issuer_name: r.issuer_name ?? null,
    maturity_date: r.maturity_date ?? null,
    ticker: typeof r.ticker === 'string' ? r.ticker : null,
  };
}

/** Call dates every `stepMonths` from the first call to maturity (at most `max`). */
function callDates(first: string, maturity: string, stepMonths: number, max: number): string[] {
  const dates: string[] = [];
  for (let d = first; d < maturity && dates.length < max; d = addMonths(d, stepMonths)) dates.push(d);
  return dates;
}

/** One generated US agency bond (Freddie Mac / Fannie Mae debentures, mostly callable). */
export function generateAgency(ctx: GenContext): AgencyEntry {
  const { rng, seed, dataDay } = ctx;
  const agency = rng.pick(AGENCIES);
  const isin = uniqueIsin(ctx, () =>
    isinFrom(
      'US',
      cusipFrom(`${rng.pick(agency.cusip)}${rng.chars(CUSIP_CHARS, 1)}`, rng.chars(CUSIP_CHARS, 2)),
    ),
  );
  const cusip = isin.slice(2, 11);
  const callable = rng.chance(0.7);
  const years = callable
    ? rng.weighted([
        [2, 3],
        [3, 4],
        [5, 4],
        [7, 2],
        [10, 3],
        [15, 2],
        [20, 1],
        [30, 1],
      ] as const)
    : rng.pick([1, 2, 3, 5, 7, 10, 30]);
  const outstanding = rng.chance(0.9);
  const latest = dataDay - 3;
  const earliest = toDay('2008-01-02');
  const issueDay = outstanding
    ? rng.int(Math.max(earliest, dataDay - years * 365 + 10), latest)
    : rng.int(earliest, Math.max(earliest, dataDay - years * 365 - 10));
  const issue = fromDay(issueDay);
  const maturity = addMonths(issue, years * 12);
  const interestType = rng.weighted([
    ['fixed rate', 80],
    ['step rate', 12],
    ['variable rate', 5],
    ['zero rate / discount rate', 3],
  ] as const);
  const zero = interestType === 'zero rate / discount rate';
  const spread = 0.25 + (callable ? 0.55 : 0) + rng.between(-0.1, 0.1);
  const atIssue = ctx.curves.base('USD', issueDay) + termSlope(years) + spread;
  // A floater pays SOFR-like short rates plus a margin, fixed from the index path; `coupon` is today's fixing.
  const floating: FloatingTerms | null =
    interestType === 'variable rate' ? { offset: -0.6, margin: roundCoupon(spread, 0.05) } : null;
  const coupon = zero
    ? 0
    : floating
      ? floatingCoupon(ctx.curves, 'USD', floating, dataDay)
      : roundCoupon(atIssue, 0.05);
  const firstCoupon = zero ? null : addMonths(issue, 6);
  const maturityMonth = Number(maturity.slice(5, 7));
  const firstCall = callable ? addMonths(issue, rng.pick([3, 6, 12, 24])) : null;
  const step = rng.pick([3, 6]);
  const schedule = firstCall ? callDates(firstCall, maturity, step, 20) : [];
  const nextCall = schedule.find((d) => toDay(d) > dataDay) ?? null;
  const stepUp = interestType === 'step rate';
  const midLife = addMonths(issue, Math.round((years * 12) / 2));
  const bond: Bond = { coupon, frequency: zero ? 0 : 2, maturity, dayCount: '30/360', issueDate: issue };
  if (firstCoupon) bond.firstCouponDate = firstCoupon;
  const nextCoupon = firstCoupon ? nextCouponOnOrAfter(firstCoupon, fromDay(dataDay), maturity) : null;
  const reference: AgencyReference = {
    asset_class: null,
    call_type: callable
      ? rng.weighted([
          ['bermudan', 6],
          ['american', 2.5],
          ['european', 1.5],
        ] as const)
      : null,
    cfi_code: callable ? 'DBFUGR' : 'DBFUFR',
    composite_issue_rating: 'AA+',
    composite_issuer_rating: 'AA+',
    country: 'United States of America',
    country_code: 'US',
    coupon,
    coupon_frequency: zero ? null : 2,
    coupon_payment_day: Number(maturity.slice(8, 10)),
    coupon_payment_months: zero
      ? null
      : [((maturityMonth + 5) % 12) + 1, maturityMonth].sort((a, b) => a - b),
    currency: 'USD',
    cusip,
    figi: randomFigi(rng),
    figi_name: agency.figiName,
    first_call_date: firstCall,
    first_interest_payment_date: firstCoupon,
    inserted_at: null,
    integral_multiple: 1000,
    interest_accrual_convention: '30/360',
    interest_accrual_date: issue,
    interest_payment_schedule: zero
      ? []
      : [
          {
            interest_type: interestType,
            payment_date: {
              day: Number(firstCoupon!.slice(8, 10)),
              month: Number(firstCoupon!.slice(5, 7)),
              year: Number(firstCoupon!.slice(0, 4)),
            },
            periodic_schedule: { period_amount: 6, period_type: 'month', until: maturity },
          },
        ],
    interest_rate: coupon,
    interest_rate_schedule: stepUp
      ? [
          {
            determination_period: null,
            from_date: issue,
            interest_rate: coupon,
            interest_type: 'fixed rate',
            rate_mode_name: 'fixed',
            until_date: midLife,
          },
          {
            determination_period: null,
            from_date: midLife,
            interest_rate: coupon + 1,
            interest_type: 'fixed rate',
            rate_mode_name: 'fixed',
            until_date: maturity,
          },
        ]
      : [
          {
            determination_period: null,
            from_date: issue,
            interest_rate: coupon,
            interest_type: interestType,
            rate_mode_name: interestType === 'variable rate' ? 'floating' : 'fixed',
            until_date: maturity,
          },
        ],
    interest_type: interestType,
    is_144a: false,
    is_callable: callable,
    is_covered: false,
    is_green: false,
    is_inflation_linked: false,
    is_outstanding: toDay(maturity) > dataDay,
    is_prod_ready: null,
    is_puttable: false,
    is_regs: false,
    isin,
    issue_date: issue,
    issue_price: zero ? discountIssuePrice(bond, atIssue, issue) : 100,
    issued_amount: rng.int(1, 200) * 5e6,
    issuer_name: agency.name,
    lei: leiOf(seed, agency.name),
    lockout_period: null,
    lt_issue_ratings: null,
    lt_issuer_ratings: null,
    maturity_date: maturity,
    maturity_type: 'fixed',
    minimum_denomination: 1000,
    next_call_date: nextCall,
    next_call_price: nextCall ? 100 : null,
    next_coupon_date: nextCoupon,
    odd_first_coupon: 'regular',
    odd_last_coupon: 'regular',
    optional_redemption_schedule: schedule.map((call_date) => ({ call_date })),
    ticker: `${agency.ticker} ${couponText(coupon)} ${tickerDate(maturity)}`,
  };
  const entry: AgencyEntry = {
    isin,
    reference,
    searchRow: agencySearchRow(reference),
    bond,
    pricing: {
      curve: 'USD',
      spread,
      noiseKey: hashString(isin),
      liquidity: rng.between(0.3, 0.8),
      volume: rng.between(0.1e6, 3e6),
    },
    firstDay: issueDay,
    lastDay: toDay(maturity) - 1,
    documented: false,
  };
  if (floating) entry.pricing.floating = floating;
  return entry;
}

/** The first coupon date on or after `date`, stepping six months from the first coupon (null after maturity). */
export function nextCouponOnOrAfter(firstCoupon: string, date: string, maturity: string): string | null {
  let d = firstCoupon;
  for (let i = 0; d < date && i < 400; i++) d = addMonths(firstCoupon, 6 * (i + 1));
  return d <= maturity ? d : null;
}

/** A zero-coupon bond is sold at a discount: the price of 100 at maturity at the yield of its issue date. */
function discountIssuePrice(bond: Bond, yieldAtIssue: number, issueDate: string): number {
  return Math.round(priceFromYield(bond, Math.max(0.05, yieldAtIssue), issueDate) * 1000) / 1000;
}
