// GENERATED FILE — do not edit. Source: spec/openapi.yaml.
// Regenerate: pnpm generate (CI runs pnpm check:generated).
import * as z from 'zod/mini';
import { isValidIsin } from '../identifiers/isin';
import {
  defineOperation,
  endNotBeforeStart,
  int,
  isoDate,
  openEnum,
  type ObjectFactory,
} from './schema-helpers';

export { namespaces } from './namespaces.generated';

// ---- Shared schemas and response records (components): unknown keys kept, nulls accepted, enums open.
const optionalNullableString = z.optional(z.nullable(z.string()));
const optionalNullableNumber = z.optional(z.nullable(z.number()));
const ratingGroup = z.optional(z.nullable(openEnum<['investment_grade', 'high_yield']>()));
const compositeRating = z.optional(
  z.nullable(
    openEnum<
      [
        'A',
        'A+',
        'A-',
        'AA',
        'AA+',
        'AA-',
        'AAA',
        'B',
        'B+',
        'B-',
        'BB',
        'BB+',
        'BB-',
        'BBB',
        'BBB+',
        'BBB-',
        'C',
        'CC',
        'CCC',
        'CCC+',
        'CCC-',
        'D',
      ]
    >(),
  ),
);
const interestAccrualConvention = z.optional(
  z.nullable(openEnum<['act/act (ICMA)', '30/360', 'act/360', 'act/365']>()),
);
const optionalNullableBoolean = z.optional(z.nullable(z.boolean()));
const cashflowType = z.optional(z.nullable(openEnum<['interest', 'principal']>()));
const optionalNullableArrayNumber = z.optional(z.nullable(z.array(z.number())));
const optionalNullableUnknown = z.optional(z.nullable(z.unknown()));
const optionalString = z.optional(z.string());
const optionalNullableArrayString = z.optional(z.nullable(z.array(z.string())));
const optionalArrayString = z.optional(z.array(z.string()));
const optionalNumber = z.optional(z.number());
const optionalBoolean = z.optional(z.boolean());
const isinString = z
  .string()
  .check(
    z.trim(),
    z.toUpperCase(),
    z.length(12, { abort: true }),
    z.refine(isValidIsin, { message: 'Invalid ISIN check digit' }),
  );
const optionalNonNegativeInt = z.optional(int().check(z.gte(0)));
const optionalIsoDate = z.optional(isoDate());
const nonEmptyString = z.string().check(z.minLength(1));
const muniStatsCapitalPurpose = z.optional(z.array(z.enum(['mixed', 'new money', 'refunding'])));
const muniStatsInterestTypes = z.optional(
  z.array(
    z.enum([
      'cab',
      'cab-to-fixed',
      'fixed rate',
      'step rate',
      'term rate',
      'variable rate',
      'zero rate / discount rate',
    ]),
  ),
);
const CashflowRecord = z.looseObject({
  amount: optionalNullableNumber,
  date: optionalNullableString,
  type: cashflowType,
});
const PeriodicScheduleRecord = z.looseObject({
  period_amount: optionalNullableNumber,
  period_type: optionalNullableString,
  until: optionalNullableString,
});
const InterestRateScheduleRecord = z.looseObject({
  determination_period: optionalNullableUnknown,
  from_date: optionalNullableString,
  interest_rate: optionalNullableNumber,
  interest_type: optionalNullableString,
  rate_mode_name: optionalNullableString,
  until_date: optionalNullableString,
});
const InterestRateRecord = z.looseObject({
  benchmark: optionalNullableString,
  spread_in_bps: optionalNullableNumber,
});
const AgencyPricingRecord = z.looseObject({
  convexity: optionalNullableNumber,
  date: optionalNullableString,
  duration: optionalNullableNumber,
  estimated_volume: optionalNullableNumber,
  id: optionalNullableString,
  isin: optionalString,
  modified_duration: optionalNullableNumber,
  price: optionalNullableNumber,
  yield_to_maturity: optionalNullableNumber,
});

/** Compact search row (when full_reference_data is false). */
export const BondSearchItem = z.looseObject({
  country: optionalNullableString,
  coupon: optionalNullableNumber,
  currency: optionalNullableString,
  isin: z.string(),
  issue_rating_group: ratingGroup,
  issuer_name: optionalNullableString,
  issuer_rating_group: ratingGroup,
  maturity_date: optionalNullableString,
  ticker: optionalNullableString,
});
export type BondSearchItem = z.infer<typeof BondSearchItem>;

/**
 * Full reference record for one government/corporate bond. Keys are returned alphabetically in newer docs.
 */
export const BondReference = z.looseObject({
  asset_class: z.optional(
    z.nullable(
      openEnum<
        [
          'structured product',
          'medium-term note',
          'money market',
          'bond',
          'asset-backed security',
          'mortgage-backed security',
          'convertible note',
        ]
      >(),
    ),
  ),
  cfi_code: optionalNullableString,
  composite_issue_rating: compositeRating,
  composite_issuer_rating: compositeRating,
  country: optionalNullableString,
  country_code: optionalNullableString,
  coupon: optionalNullableNumber,
  coupon_frequency: optionalNullableNumber,
  currency: optionalNullableString,
  figi: optionalNullableString,
  first_coupon_date: optionalNullableString,
  handle: optionalNullableString,
  industry_group: optionalNullableString,
  integral_multiple: optionalNullableNumber,
  interest_accrual_convention: interestAccrualConvention,
  interest_accrual_date: optionalNullableString,
  interest_type: z.optional(
    z.nullable(openEnum<['fixed rate', 'variable rate', 'zero rate / discount rate']>()),
  ),
  is_144a: optionalNullableBoolean,
  is_callable: optionalNullableBoolean,
  is_covered: optionalNullableBoolean,
  is_green: optionalNullableBoolean,
  is_inflation_linked: optionalNullableBoolean,
  is_outstanding: optionalNullableBoolean,
  is_puttable: optionalNullableBoolean,
  is_regs: optionalNullableBoolean,
  isin: z.string(),
  issue_date: optionalNullableString,
  issue_rating_group: ratingGroup,
  issued_amount: optionalNullableNumber,
  issuer: optionalNullableString,
  issuer_name: optionalNullableString,
  issuer_rating_group: ratingGroup,
  issuer_type: z.optional(z.nullable(openEnum<['corporate', 'government', 'municipal']>())),
  lei: optionalNullableString,
  lei_direct_parent: optionalNullableString,
  lei_ultimate_parent: optionalNullableString,
  maturity_date: optionalNullableString,
  maturity_type: optionalNullableString,
  minimum_denomination: optionalNullableNumber,
  name: optionalNullableString,
  rank: optionalNullableString,
  registration_type: z.optional(z.nullable(openEnum<['bearer', 'registered']>())),
  sector: optionalNullableString,
  ticker: optionalNullableString,
});
export type BondReference = z.infer<typeof BondReference>;

/** Cash-flow schedule of one ISIN (current shape). */
export const CashflowsPerIsin = z.looseObject({
  cashflows: z.optional(z.nullable(z.array(CashflowRecord))),
  isin: z.string(),
});
export type CashflowsPerIsin = z.infer<typeof CashflowsPerIsin>;

/** Compact agency search row (when full_reference_data is false). */
export const AgencySearchItem = z.looseObject({
  interest_rate: optionalNullableNumber,
  interest_type: optionalNullableString,
  is_callable: optionalNullableBoolean,
  isin: z.string(),
  issuer_name: optionalNullableString,
  maturity_date: optionalNullableString,
  ticker: optionalNullableString,
});
export type AgencySearchItem = z.infer<typeof AgencySearchItem>;

/** Full US agency bond reference record. */
export const AgencyReference = z.looseObject({
  asset_class: optionalNullableString,
  call_type: z.optional(z.nullable(openEnum<['european', 'american', 'bermudan']>())),
  cfi_code: optionalNullableString,
  composite_issue_rating: compositeRating,
  composite_issuer_rating: compositeRating,
  country: optionalNullableString,
  country_code: optionalNullableString,
  coupon: optionalNullableNumber,
  coupon_frequency: optionalNullableNumber,
  coupon_payment_day: optionalNullableNumber,
  coupon_payment_months: optionalNullableArrayNumber,
  currency: optionalNullableString,
  cusip: optionalNullableString,
  figi: optionalNullableString,
  figi_name: optionalNullableString,
  first_call_date: optionalNullableString,
  first_interest_payment_date: optionalNullableString,
  inserted_at: optionalNullableString,
  integral_multiple: optionalNullableNumber,
  interest_accrual_convention: interestAccrualConvention,
  interest_accrual_date: optionalNullableString,
  interest_payment_schedule: z.optional(
    z.nullable(
      z.array(
        z.looseObject({
          interest_type: optionalNullableString,
          payment_date: z.optional(
            z.nullable(
              z.looseObject({
                day: optionalNullableNumber,
                month: optionalNullableNumber,
                year: optionalNullableNumber,
              }),
            ),
          ),
          periodic_schedule: z.optional(z.nullable(PeriodicScheduleRecord)),
        }),
      ),
    ),
  ),
  interest_rate: optionalNullableNumber,
  interest_rate_schedule: z.optional(z.nullable(z.array(InterestRateScheduleRecord))),
  interest_type: optionalNullableString,
  is_144a: optionalNullableBoolean,
  is_callable: optionalNullableBoolean,
  is_covered: optionalNullableBoolean,
  is_green: optionalNullableBoolean,
  is_inflation_linked: optionalNullableBoolean,
  is_outstanding: optionalNullableBoolean,
  is_prod_ready: optionalNullableBoolean,
  is_puttable: optionalNullableBoolean,
  is_regs: optionalNullableBoolean,
  isin: z.string(),
  issue_date: optionalNullableString,
  issue_price: optionalNullableNumber,
  issued_amount: optionalNullableNumber,
  issuer_name: optionalNullableString,
  lei: optionalNullableString,
  lockout_period: optionalNullableUnknown,
  lt_issue_ratings: optionalNullableUnknown,
  lt_issuer_ratings: optionalNullableUnknown,
  maturity_date: optionalNullableString,
  maturity_type: optionalNullableString,
  minimum_denomination: optionalNullableNumber,
  next_call_date: optionalNullableString,
  next_call_price: optionalNullableNumber,
  next_coupon_date: optionalNullableString,
  odd_first_coupon: optionalNullableString,
  odd_last_coupon: optionalNullableString,
  optional_redemption_schedule: z.optional(
    z.nullable(z.array(z.looseObject({ call_date: optionalNullableString }))),
  ),
});
export type AgencyReference = z.infer<typeof AgencyReference>;

/**
 * Compact municipal bond record, shared by muni_search and muni_bonds_in_series (the docs say the two shapes
 * are the same).
 */
export const MuniSearchItem = z.looseObject({
  coupon: optionalNullableNumber,
  interest_rate: z.optional(z.nullable(z.union([z.number(), InterestRateRecord]))),
  has_official_statement: optionalNullableBoolean,
  interest_type: optionalNullableString,
  is_callable: optionalNullableBoolean,
  isin: optionalString,
  issuer_name: optionalNullableString,
  maturity_date: optionalNullableString,
  rating_group: ratingGroup,
  rating: optionalNullableString,
  state: optionalNullableString,
  ticker: optionalNullableString,
});
export type MuniSearchItem = z.infer<typeof MuniSearchItem>;

/** Full municipal bond reference record (muni_reference; muni_search with full_reference_data). */
export const MuniReference = z.looseObject({
  isin: optionalString,
  advisors: optionalNullableArrayString,
  award_date: optionalNullableString,
  award_time: optionalNullableString,
  bond_counsel: optionalNullableArrayString,
  capital_purpose: z.optional(z.nullable(openEnum<['mixed', 'new money', 'refunding']>())),
  closing_date: optionalNullableString,
  composite_rating: optionalNullableString,
  counties: optionalNullableArrayString,
  country: optionalNullableString,
  country_code: optionalNullableString,
  coupon_frequency: optionalNullableNumber,
  coupon_payment_day: optionalNullableNumber,
  coupon_payment_months: optionalNullableArrayNumber,
  credit_enhancement_type: z.optional(
    z.nullable(
      z.array(
        openEnum<
          [
            'appropriations_program',
            'bond_insurance',
            'capital_reserve_fund',
            'debt_service_reserve_fund',
            'federal_agency_guarantee',
            'federal_guarantee',
            'federal_mortgage_insurance',
            'letter_of_credit',
            'liquidity_facility',
            'moral_obligation',
            'pledged_assets',
            'pledged_revenues',
            'private_mortgage_insurance',
            'state_aid_intercept_program',
            'state_guarantee_program',
            'state_mortgage_insurance',
            'state_permanent_fund_program',
            'surety_bond',
            'third_party_guarantee',
          ]
        >(),
      ),
    ),
  ),
  currency: optionalNullableString,
  dated_date: optionalNullableString,
  disclosure_counsel: optionalNullableArrayString,
  extraordinary_optional_redemption: optionalNullableUnknown,
  figi: optionalNullableString,
  first_call_date: optionalNullableString,
  first_execution_date: optionalNullableString,
  first_interest_payment_date: optionalNullableString,
  first_trade_date: optionalNullableString,
  guarantee: optionalNullableString,
  has_mandatory_redemption: optionalNullableBoolean,
  insurers: optionalNullableArrayString,
  integral_multiple: optionalNullableNumber,
  interest_accrual_convention: optionalNullableString,
  interest_accrual_date: optionalNullableString,
  interest_maximum_rate: optionalNullableNumber,
  interest_minimum_rate: optionalNullableNumber,
  interest_payment_schedule: z.optional(
    z.nullable(
      z.array(
        z.looseObject({
          interest_type: optionalNullableString,
          payment_date: z.optional(
            z.nullable(
              z.looseObject({
                day: optionalNullableNumber,
                business_day: optionalNullableNumber,
                month: optionalNullableNumber,
                year: optionalNullableNumber,
              }),
            ),
          ),
          periodic_schedule: z.optional(z.nullable(PeriodicScheduleRecord)),
        }),
      ),
    ),
  ),
  interest_rate: z.optional(z.nullable(z.union([z.number(), InterestRateRecord]))),
  interest_rate_schedule: z.optional(z.nullable(z.array(InterestRateScheduleRecord))),
  interest_type: z.optional(
    z.nullable(
      openEnum<
        [
          'fixed rate',
          'cab',
          'variable rate',
          'term rate',
          'cab-to-fixed',
          'step rate',
          'zero rate / discount rate',
        ]
      >(),
    ),
  ),
  is_amt: optionalNullableBoolean,
  is_bank_qualified: optionalNullableBoolean,
  is_callable: optionalNullableBoolean,
  is_credit_enhanced: optionalNullableBoolean,
  is_federally_taxable: optionalNullableBoolean,
  is_green: optionalNullableBoolean,
  is_insured: optionalNullableBoolean,
  is_outstanding: optionalNullableBoolean,
  is_pac: optionalNullableBoolean,
  is_social: optionalNullableBoolean,
  is_state_enhanced: optionalNullableBoolean,
  is_state_taxable: optionalNullableBoolean,
  is_sustainable: optionalNullableBoolean,
  issue_date: optionalNullableString,
  issue_price: optionalNullableNumber,
  issue_yield: optionalNullableNumber,
  issued_amount: optionalNullableNumber,
  issuer_name: optionalNullableString,
  liquidity_facility: optionalNullableUnknown,
  mandatory_redemption_schedule: z.optional(z.nullable(z.array(z.looseObject({})))),
  maturity_amount: optionalNullableNumber,
  maturity_date: optionalNullableString,
  minimum_denomination: optionalNullableNumber,
  next_call_date: optionalNullableString,
  optional_redemption_schedule: z.optional(
    z.nullable(
      z.array(
        z.looseObject({
          call_date: optionalNullableString,
          call_price: optionalNullableNumber,
          includes_accrued_interest: optionalNullableBoolean,
          is_periodic: optionalNullableBoolean,
          period_amount: optionalNullableNumber,
          period_type: optionalNullableString,
          until: optionalNullableString,
        }),
      ),
    ),
  ),
  previous_coupon_date: optionalNullableString,
  remarketing_agent: optionalNullableUnknown,
  series: optionalNullableString,
  series_issued_amount: optionalNullableNumber,
  source_of_repayment: optionalNullableString,
  state: optionalNullableString,
  ticker: optionalNullableString,
  coupon: optionalNullableNumber,
  handle: optionalNullableString,
  issuer_type: optionalNullableString,
  purpose: optionalNullableString,
  rating: optionalNullableString,
  sector: optionalNullableString,
  obligor: optionalNullableString,
  next_coupon_date: optionalNullableString,
  outstanding_amount: optionalNullableNumber,
  underwriters: optionalNullableArrayString,
  trustees: optionalNullableArrayString,
  use_categories: optionalNullableArrayString,
  use_sectors: optionalNullableArrayString,
  uses_of_proceeds: optionalNullableArrayString,
  seniority: optionalNullableString,
  rating_group: optionalNullableString,
});
export type MuniReference = z.infer<typeof MuniReference>;

/**
 * One reported municipal trade (MSRB-style trade report) with yields computed by Terrapin. Field set differs
 * by documentation era (see x-era-fields).
 */
export const MuniTrade = z.looseObject({
  amount: optionalNullableNumber,
  brokers_broker_trade_type: optionalNullableString,
  id: optionalNullableString,
  is_alt_trading_system: optionalNullableBoolean,
  is_cancelled: optionalNullableBoolean,
  is_list_offering_price: optionalNullableBoolean,
  is_non_transaction_compensation: optionalNullableBoolean,
  is_weighted_avg_price_trade: optionalNullableBoolean,
  is_when_issued_trade: optionalNullableBoolean,
  isin: optionalString,
  price: optionalNullableNumber,
  settlement_date: optionalNullableString,
  trade_datetime: optionalNullableString,
  trade_type: z.optional(z.nullable(openEnum<['customer_bought', 'customer_sold', 'inter_dealer']>())),
  ytc_continuous: optionalNullableNumber,
  ytc_money_market: optionalNullableNumber,
  ytc_semi_annual: optionalNullableNumber,
  ytm_continuous: optionalNullableNumber,
  ytm_money_market: optionalNullableNumber,
  ytm_semi_annual: optionalNullableNumber,
});
export type MuniTrade = z.infer<typeof MuniTrade>;

// ---- Operations

// bond_search: Government and corporate bond search
const bond_search_request = (obj: ObjectFactory) =>
  obj({
    asset_classes: z.optional(
      z.array(
        z.enum([
          'structured product',
          'medium-term note',
          'money market',
          'bond',
          'asset-backed security',
          'mortgage-backed security',
          'convertible note',
        ]),
      ),
    ),
    countries: optionalArrayString,
    coupon_max: optionalNumber,
    coupon_min: optionalNumber,
    currencies: optionalArrayString,
    full_reference_data: optionalBoolean,
    handles: z.optional(
      z.array(
        z.enum([
          'de_bobl',
          'de_bund',
          'de_schatz',
          'de_ilb',
          'de_green',
          'de_bubill',
          'uk_gilt',
          'uk_green_gilt',
          'uk_il_gilt',
          'uk_bill',
          'fr_btf',
          'fr_oat',
          'fr_oatei',
          'fr_oati',
          'fr_bond',
          'nl_dsl',
          'nl_dtc',
        ]),
      ),
    ),
    include_callable: optionalBoolean,
    include_non_outstanding: optionalBoolean,
    include_puttable: optionalBoolean,
    interest_types: z.optional(z.array(z.enum(['fixed rate', 'zero rate / discount rate', 'variable rate']))),
    isins: z.optional(z.array(isinString)),
    issued_amount_max: optionalNonNegativeInt,
    issued_amount_min: optionalNonNegativeInt,
    issuer_types: z.optional(z.array(z.enum(['corporate', 'government', 'municipal']))),
    issuers: optionalArrayString,
    last_trade_date_min: optionalIsoDate,
    leis: optionalArrayString,
    leis_direct_parent: optionalArrayString,
    leis_ultimate_parent: optionalArrayString,
    limit: optionalNonNegativeInt,
    maturity_date_max: optionalIsoDate,
    maturity_date_min: optionalIsoDate,
    offset: optionalNonNegativeInt,
  });
/** One row of `bond_search`'s `data` (Government and corporate bond search). */
export const BondSearchResult = z.union([BondSearchItem, BondReference]);
export type BondSearchResult = z.infer<typeof BondSearchResult>;
/** Request body of `bond_search` as the client's method takes it (before defaults). */
export type BondSearchParams = z.input<ReturnType<typeof bond_search_request>>;

// bond_reference: Government and corporate reference data
const bond_reference_request = (obj: ObjectFactory) => obj({ isins: z.array(isinString) });
/** Request body of `bond_reference` as the client's method takes it (before defaults). */
export type BondReferenceParams = z.input<ReturnType<typeof bond_reference_request>>;

// bond_pricing_latest: Government and corporate latest pricing data
const bond_pricing_latest_request = (obj: ObjectFactory) =>
  obj({ as_of_date: optionalIsoDate, isins: z.array(isinString) });
/** One row of `bond_pricing_latest`'s `data` (Government and corporate latest pricing data). */
export const BondPricingLatestItem = z.looseObject({
  convexity: optionalNullableNumber,
  date: optionalNullableString,
  duration: optionalNullableNumber,
  isin: z.string(),
  modified_duration: optionalNullableNumber,
  price: optionalNullableNumber,
  yield_to_maturity: optionalNullableNumber,
});
export type BondPricingLatestItem = z.infer<typeof BondPricingLatestItem>;
/** Request body of `bond_pricing_latest` as the client's method takes it (before defaults). */
export type BondPricingLatestParams = z.input<ReturnType<typeof bond_pricing_latest_request>>;

// bond_pricing_history: Government and corporate historical pricing data
const bond_pricing_history_request = (obj: ObjectFactory) =>
  obj({ end_date: isoDate(), isin: isinString, start_date: isoDate() }).check(
    endNotBeforeStart('start_date', 'end_date', 'end_date must be greater than or equal to start_date'),
  );
/** One row of `bond_pricing_history`'s `data` (Government and corporate historical pricing data). */
export const BondPricingHistoryItem = z.looseObject({
  convexity: optionalNullableNumber,
  date: optionalNullableString,
  duration: optionalNullableNumber,
  estimated_volume: optionalNullableNumber,
  isin: optionalString,
  modified_duration: optionalNullableNumber,
  price: optionalNullableNumber,
  yield_to_maturity: optionalNullableNumber,
});
export type BondPricingHistoryItem = z.infer<typeof BondPricingHistoryItem>;
/** Request body of `bond_pricing_history` as the client's method takes it (before defaults). */
export type BondPricingHistoryParams = z.input<ReturnType<typeof bond_pricing_history_request>>;

// bond_cashflows: Government and corporate cashflow data
const bond_cashflows_request = (obj: ObjectFactory) => obj({ isins: z.array(isinString) });
/** One row of `bond_cashflows`'s `data` (Government and corporate cashflow data). */
export const BondCashflowsItem = z.union([
  CashflowsPerIsin,
  z.looseObject({
    amount: optionalNullableNumber,
    date: optionalNullableString,
    isin: z.string(),
    type: cashflowType,
  }),
]);
export type BondCashflowsItem = z.infer<typeof BondCashflowsItem>;
/** Request body of `bond_cashflows` as the client's method takes it (before defaults). */
export type BondCashflowsParams = z.input<ReturnType<typeof bond_cashflows_request>>;

// inflation_factors: Inflation factors
const inflation_factors_request = (obj: ObjectFactory) =>
  obj({
    country: z.enum(['DE', 'ES', 'FR', 'IT', 'UK', 'US']),
    end_date: optionalIsoDate,
    start_date: optionalIsoDate,
  }).check(
    endNotBeforeStart('start_date', 'end_date', 'end_date must be greater than or equal to start_date'),
  );
/** One row of `inflation_factors`'s `data` (Inflation factors). */
export const InflationFactorsItem = z.looseObject({
  date: optionalNullableString,
  factor: optionalNullableNumber,
  type: optionalNullableString,
});
export type InflationFactorsItem = z.infer<typeof InflationFactorsItem>;
/** Request body of `inflation_factors` as the client's method takes it (before defaults). */
export type InflationFactorsParams = z.input<ReturnType<typeof inflation_factors_request>>;

// agency_search: US agency bond search
const agency_search_request = (obj: ObjectFactory) =>
  obj({
    coupon_max: optionalNumber,
    coupon_min: optionalNumber,
    full_reference_data: optionalBoolean,
    interest_types: z.optional(
      z.array(z.enum(['fixed rate', 'step rate', 'variable rate', 'zero rate / discount rate'])),
    ),
    is_callable: optionalBoolean,
    isins: z.optional(z.array(isinString)),
    issue_date_max: optionalIsoDate,
    issue_date_min: optionalIsoDate,
    issued_amount_max: optionalNonNegativeInt,
    issued_amount_min: optionalNonNegativeInt,
    issuer_name: z.optional(
      z.enum(['FEDERAL HOME LOAN MORTGAGE CORPORATION', 'FEDERAL NATIONAL MORTGAGE ASSOCIATION']),
    ),
    limit: optionalNonNegativeInt,
    maturity_date_max: optionalIsoDate,
    maturity_date_min: optionalIsoDate,
    offset: optionalNonNegativeInt,
    sort: optionalString,
  });
/** One row of `agency_search`'s `data` (US agency bond search). */
export const AgencySearchResult = z.union([AgencySearchItem, AgencyReference]);
export type AgencySearchResult = z.infer<typeof AgencySearchResult>;
/** Request body of `agency_search` as the client's method takes it (before defaults). */
export type AgencySearchParams = z.input<ReturnType<typeof agency_search_request>>;

// agency_reference: US agency bond reference
const agency_reference_request = (obj: ObjectFactory) => obj({ isins: z.array(isinString) });
/** Request body of `agency_reference` as the client's method takes it (before defaults). */
export type AgencyReferenceParams = z.input<ReturnType<typeof agency_reference_request>>;

// agency_pricing_latest: US agency latest end of day pricing data
const agency_pricing_latest_request = (obj: ObjectFactory) =>
  obj({ as_of_date: optionalIsoDate, isins: z.array(isinString) });
/** One row of `agency_pricing_latest`'s `data` (US agency latest end of day pricing data). */
export const AgencyPricingLatestItem = AgencyPricingRecord;
export type AgencyPricingLatestItem = z.infer<typeof AgencyPricingLatestItem>;
/** Request body of `agency_pricing_latest` as the client's method takes it (before defaults). */
export type AgencyPricingLatestParams = z.input<ReturnType<typeof agency_pricing_latest_request>>;

// agency_pricing_history: US agency historical end of day pricing data
const agency_pricing_history_request = (obj: ObjectFactory) =>
  obj({ end_date: isoDate(), isin: isinString, start_date: isoDate() }).check(
    endNotBeforeStart('start_date', 'end_date', 'end_date must be greater than or equal to start_date'),
  );
/** One row of `agency_pricing_history`'s `data` (US agency historical end of day pricing data). */
export const AgencyPricingHistoryItem = AgencyPricingRecord;
export type AgencyPricingHistoryItem = z.infer<typeof AgencyPricingHistoryItem>;
/** Request body of `agency_pricing_history` as the client's method takes it (before defaults). */
export type AgencyPricingHistoryParams = z.input<ReturnType<typeof agency_pricing_history_request>>;

// agency_cashflows: US agency cashflow data (inferred)
const agency_cashflows_request = (obj: ObjectFactory) => obj({ isins: z.array(isinString) });
/** Request body of `agency_cashflows` as the client's method takes it (before defaults). */
export type AgencyCashflowsParams = z.input<ReturnType<typeof agency_cashflows_request>>;

// muni_search: US municipal bond search
const muni_search_request = (obj: ObjectFactory) =>
  obj({
    advisors: optionalArrayString,
    coupon_max: optionalNumber,
    coupon_min: optionalNumber,
    full_reference_data: optionalBoolean,
    include_bonds_without_os: optionalBoolean,
    include_callable: optionalBoolean,
    interest_types: z.optional(
      z.array(
        z.enum([
          'fixed rate',
          'cab',
          'variable rate',
          'term rate',
          'cab-to-fixed',
          'step rate',
          'zero rate / discount rate',
        ]),
      ),
    ),
    is_insured: optionalBoolean,
    isins: z.optional(z.array(isinString)),
    issue_date_max: optionalIsoDate,
    issue_date_min: optionalIsoDate,
    issued_amount_max: optionalNonNegativeInt,
    issued_amount_min: optionalNonNegativeInt,
    issuer_name: optionalString,
    issuers: optionalArrayString,
    limit: z.optional(int().check(z.gte(-1))),
    maturity_date_max: optionalIsoDate,
    maturity_date_min: optionalIsoDate,
    offset: optionalNonNegativeInt,
    sectors: optionalArrayString,
    sources_of_repayment: optionalArrayString,
    states: optionalArrayString,
    sort: optionalArrayString,
    last_traded_since: optionalIsoDate,
  });
/** One row of `muni_search`'s `data` (US municipal bond search). */
export const MuniSearchResult = z.union([MuniSearchItem, MuniReference]);
export type MuniSearchResult = z.infer<typeof MuniSearchResult>;
/** Request body of `muni_search` as the client's method takes it (before defaults). */
export type MuniSearchParams = z.input<ReturnType<typeof muni_search_request>>;

// muni_entity_search: Search for municipal bond issuers/entities
const muni_entity_search_request = (obj: ObjectFactory) =>
  obj({ limit: z.optional(int().check(z.gte(1), z.lte(50))), search_query: nonEmptyString });
/** One row of `muni_entity_search`'s `data` (Search for municipal bond issuers/entities). */
export const MuniEntitySearchItem = z.looseObject({
  counties: optionalNullableArrayString,
  entity_id: optionalNullableNumber,
  name: optionalNullableString,
  state: optionalNullableString,
});
export type MuniEntitySearchItem = z.infer<typeof MuniEntitySearchItem>;
/** Request body of `muni_entity_search` as the client's method takes it (before defaults). */
export type MuniEntitySearchParams = z.input<ReturnType<typeof muni_entity_search_request>>;

// muni_reference: US municipal bond reference data
const muni_reference_request = (obj: ObjectFactory) => obj({ isins: z.array(isinString) });
/** Request body of `muni_reference` as the client's method takes it (before defaults). */
export type MuniReferenceParams = z.input<ReturnType<typeof muni_reference_request>>;

// muni_pricing_latest: Municipal latest end of day pricing data
const muni_pricing_latest_request = (obj: ObjectFactory) =>
  obj({ as_of_date: optionalIsoDate, isins: z.array(isinString) });
/** Request body of `muni_pricing_latest` as the client's method takes it (before defaults). */
export type MuniPricingLatestParams = z.input<ReturnType<typeof muni_pricing_latest_request>>;

// muni_pricing_history: Municipal historical pricing data
const muni_pricing_history_request = (obj: ObjectFactory) =>
  obj({ end_date: isoDate(), isin: isinString, start_date: isoDate() }).check(
    endNotBeforeStart('start_date', 'end_date', 'end_date must be greater than or equal to start_date'),
  );
/** Request body of `muni_pricing_history` as the client's method takes it (before defaults). */
export type MuniPricingHistoryParams = z.input<ReturnType<typeof muni_pricing_history_request>>;

// muni_pricing_daily_history: Bulk municipal historical pricing data for a given day.
const muni_pricing_daily_history_request = (obj: ObjectFactory) => obj({ trade_date: isoDate() });
/** Request body of `muni_pricing_daily_history` as the client's method takes it (before defaults). */
export type MuniPricingDailyHistoryParams = z.input<ReturnType<typeof muni_pricing_daily_history_request>>;

// muni_price_to_yield: Municipal price to yield conversion
const muni_price_to_yield_request = (obj: ObjectFactory) =>
  z.array(
    obj({ isin: isinString, trade_data: z.array(obj({ price: z.number(), settlement_date: isoDate() })) }),
  );
/** One row of `muni_price_to_yield`'s `data` (Municipal price to yield conversion). */
export const MuniPriceToYieldItem = z.looseObject({
  isin: optionalString,
  trade_data: z.optional(
    z.nullable(
      z.array(
        z.looseObject({
          price: optionalNullableNumber,
          settlement_date: optionalNullableString,
          ytc_continuous: optionalNullableNumber,
          ytc_money_market: optionalNullableNumber,
          ytc_semi_annual: optionalNullableNumber,
          ytm_continuous: optionalNullableNumber,
          ytm_money_market: optionalNullableNumber,
          ytm_semi_annual: optionalNullableNumber,
        }),
      ),
    ),
  ),
});
export type MuniPriceToYieldItem = z.infer<typeof MuniPriceToYieldItem>;
/** Request body of `muni_price_to_yield` as the client's method takes it (before defaults). */
export type MuniPriceToYieldParams = z.input<ReturnType<typeof muni_price_to_yield_request>>;

// muni_cashflows: US municipal bond cashflow data
const muni_cashflows_request = (obj: ObjectFactory) => obj({ isins: z.array(isinString) });
/** One row of `muni_cashflows`'s `data` (US municipal bond cashflow data). */
export const MuniCashflowsItem = z.looseObject({
  cashflows: z.optional(z.nullable(z.array(CashflowRecord))),
  isin: optionalString,
});
export type MuniCashflowsItem = z.infer<typeof MuniCashflowsItem>;
/** Request body of `muni_cashflows` as the client's method takes it (before defaults). */
export type MuniCashflowsParams = z.input<ReturnType<typeof muni_cashflows_request>>;

// muni_documents: Get documents for a municipal bond
const muni_documents_request = (obj: ObjectFactory) =>
  obj({ document_type: z.enum(['disclosure_document', 'official_statement']), isin: isinString });
/** One row of `muni_documents`'s `data` (Get documents for a municipal bond). */
export const MuniDocumentsItem = z.looseObject({
  document_name: optionalNullableString,
  document_type: z.optional(z.nullable(openEnum<['disclosure_document', 'official_statement']>())),
  file_id: optionalNullableString,
  filing_type: optionalNullableString,
  isin: optionalString,
  publish_date: optionalNullableString,
  text_file_id: optionalNullableString,
});
export type MuniDocumentsItem = z.infer<typeof MuniDocumentsItem>;
/** Request body of `muni_documents` as the client's method takes it (before defaults). */
export type MuniDocumentsParams = z.input<ReturnType<typeof muni_documents_request>>;

// muni_bonds_in_series: Get all municipal bonds in the same series
const muni_bonds_in_series_request = (obj: ObjectFactory) => obj({ isin: isinString });
/** Request body of `muni_bonds_in_series` as the client's method takes it (before defaults). */
export type MuniBondsInSeriesParams = z.input<ReturnType<typeof muni_bonds_in_series_request>>;

// muni_events: US municipal bond events
const muni_events_request = (obj: ObjectFactory) => obj({ isins: z.array(isinString) });
/** One row of `muni_events`'s `data` (US municipal bond events). */
export const MuniEventsItem = z.looseObject({
  events: z.optional(
    z.nullable(
      z.array(
        z.looseObject({
          category: optionalNullableString,
          date: optionalNullableString,
          details: z.optional(
            z.nullable(
              z.looseObject({
                amount: optionalNullableNumber,
                description: optionalNullableString,
                history: z.optional(z.nullable(z.array(z.unknown()))),
              }),
            ),
          ),
          name: optionalNullableString,
        }),
      ),
    ),
  ),
  isin: optionalString,
});
export type MuniEventsItem = z.infer<typeof MuniEventsItem>;
/** Request body of `muni_events` as the client's method takes it (before defaults). */
export type MuniEventsParams = z.input<ReturnType<typeof muni_events_request>>;

// muni_stats_trade_activity: US municipal bond trade activity statistics
const muni_stats_trade_activity_request = (obj: ObjectFactory) =>
  obj({
    end_date: isoDate(),
    start_date: isoDate(),
    capital_purpose: muniStatsCapitalPurpose,
    interest_types: muniStatsInterestTypes,
    states: optionalArrayString,
    is_amt: optionalBoolean,
    is_bank_qualified: optionalBoolean,
    is_federally_taxable: optionalBoolean,
    is_green: optionalBoolean,
    is_insured: optionalBoolean,
    is_pac: optionalBoolean,
    is_social: optionalBoolean,
    is_sustainable: optionalBoolean,
    group_by: optionalString,
    period: optionalString,
    rating_group: optionalString,
    seniority: optionalArrayString,
    sources_of_repayment: optionalArrayString,
    use_sectors: optionalArrayString,
    use_categories: optionalArrayString,
    uses_of_proceeds: optionalArrayString,
  }).check(
    endNotBeforeStart('start_date', 'end_date', 'end_date must be greater than or equal to start_date'),
  );
/** One row of `muni_stats_trade_activity`'s `data` (US municipal bond trade activity statistics). */
export const MuniStatsTradeActivityItem = z.looseObject({
  customer_bought_count: optionalNullableNumber,
  customer_sold_count: optionalNullableNumber,
  inter_dealer_count: optionalNullableNumber,
  trade_count: optionalNullableNumber,
  trade_volume: optionalNullableNumber,
  group_key: optionalNullableUnknown,
  period: optionalNullableString,
});
export type MuniStatsTradeActivityItem = z.infer<typeof MuniStatsTradeActivityItem>;
/** Request body of `muni_stats_trade_activity` as the client's method takes it (before defaults). */
export type MuniStatsTradeActivityParams = z.input<ReturnType<typeof muni_stats_trade_activity_request>>;

// muni_stats_top_issuers: Top Issuers
const muni_stats_top_issuers_request = (obj: ObjectFactory) =>
  obj({
    end_date: isoDate(),
    start_date: isoDate(),
    capital_purpose: muniStatsCapitalPurpose,
    interest_types: muniStatsInterestTypes,
    is_amt: optionalBoolean,
    is_bank_qualified: optionalBoolean,
    is_federally_taxable: optionalBoolean,
    is_green: optionalBoolean,
    is_insured: optionalBoolean,
    is_pac: optionalBoolean,
    is_social: optionalBoolean,
    is_sustainable: optionalBoolean,
    limit: z.optional(int()),
    rank_by: optionalString,
  }).check(
    endNotBeforeStart('start_date', 'end_date', 'end_date must be greater than or equal to start_date'),
  );
/** One row of `muni_stats_top_issuers`'s `data` (Top Issuers). */
export const MuniStatsTopIssuersItem = z.looseObject({});
export type MuniStatsTopIssuersItem = z.infer<typeof MuniStatsTopIssuersItem>;
/** Request body of `muni_stats_top_issuers` as the client's method takes it (before defaults). */
export type MuniStatsTopIssuersParams = z.input<ReturnType<typeof muni_stats_top_issuers_request>>;

// convert_to_isin: Convert CUSIPs to ISINs
const convert_to_isin_request = (obj: ObjectFactory) =>
  obj({ identifiers: z.array(z.string()).check(z.minLength(1)) });
/** One row of `convert_to_isin`'s `data` (Convert CUSIPs to ISINs). */
export const ConvertToIsinItem = z.looseObject({
  input: optionalNullableString,
  isin: optionalNullableString,
});
export type ConvertToIsinItem = z.infer<typeof ConvertToIsinItem>;
/** Request body of `convert_to_isin` as the client's method takes it (before defaults). */
export type ConvertToIsinParams = z.input<ReturnType<typeof convert_to_isin_request>>;

// download_document: Download a document
const download_document_request = (obj: ObjectFactory) => obj({ file_id: nonEmptyString });
/** Request body of `download_document` as the client's method takes it (before defaults). */
export type DownloadDocumentParams = z.input<ReturnType<typeof download_document_request>>;

/**
 * The operations table: one entry per API operation, keyed by the API's own operation name. Everything else
 * in the SDK (client methods, mock routes, proxy allow-list, hooks, CLI commands) is derived from it.
 */
export const operations = {
  bond_search: defineOperation('bond_search', {
    namespace: 'bonds',
    method: 'search',
    buildRequest: bond_search_request,
    item: BondSearchResult,
    consumesQuota: false,
    paginated: true,
    hasLimit: true,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: [],
  }),
  bond_reference: defineOperation('bond_reference', {
    namespace: 'bonds',
    method: 'reference',
    buildRequest: bond_reference_request,
    item: BondReference,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: true,
    requiredFields: ['isins'],
  }),
  bond_pricing_latest: defineOperation('bond_pricing_latest', {
    namespace: 'bonds',
    method: 'pricingLatest',
    buildRequest: bond_pricing_latest_request,
    item: BondPricingLatestItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['isins'],
  }),
  bond_pricing_history: defineOperation('bond_pricing_history', {
    namespace: 'bonds',
    method: 'pricingHistory',
    buildRequest: bond_pricing_history_request,
    item: BondPricingHistoryItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isin',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['end_date', 'isin', 'start_date'],
  }),
  bond_cashflows: defineOperation('bond_cashflows', {
    namespace: 'bonds',
    method: 'cashflows',
    buildRequest: bond_cashflows_request,
    item: BondCashflowsItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['isins'],
  }),
  inflation_factors: defineOperation('inflation_factors', {
    namespace: null,
    method: 'inflationFactors',
    buildRequest: inflation_factors_request,
    item: InflationFactorsItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['country'],
  }),
  agency_search: defineOperation('agency_search', {
    namespace: 'agency',
    method: 'search',
    buildRequest: agency_search_request,
    item: AgencySearchResult,
    consumesQuota: false,
    paginated: true,
    hasLimit: true,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: [],
  }),
  agency_reference: defineOperation('agency_reference', {
    namespace: 'agency',
    method: 'reference',
    buildRequest: agency_reference_request,
    item: AgencyReference,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['isins'],
  }),
  agency_pricing_latest: defineOperation('agency_pricing_latest', {
    namespace: 'agency',
    method: 'pricingLatest',
    buildRequest: agency_pricing_latest_request,
    item: AgencyPricingLatestItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['isins'],
  }),
  agency_pricing_history: defineOperation('agency_pricing_history', {
    namespace: 'agency',
    method: 'pricingHistory',
    buildRequest: agency_pricing_history_request,
    item: AgencyPricingHistoryItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isin',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['end_date', 'isin', 'start_date'],
  }),
  agency_cashflows: defineOperation('agency_cashflows', {
    namespace: 'agency',
    method: 'cashflows',
    buildRequest: agency_cashflows_request,
    item: CashflowsPerIsin,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['isins'],
  }),
  muni_search: defineOperation('muni_search', {
    namespace: 'munis',
    method: 'search',
    buildRequest: muni_search_request,
    item: MuniSearchResult,
    consumesQuota: false,
    paginated: true,
    hasLimit: true,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: true,
    requiredFields: [],
  }),
  muni_entity_search: defineOperation('muni_entity_search', {
    namespace: 'munis',
    method: 'entitySearch',
    buildRequest: muni_entity_search_request,
    item: MuniEntitySearchItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: true,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['search_query'],
  }),
  muni_reference: defineOperation('muni_reference', {
    namespace: 'munis',
    method: 'reference',
    buildRequest: muni_reference_request,
    item: MuniReference,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: true,
    requiredFields: ['isins'],
  }),
  muni_pricing_latest: defineOperation('muni_pricing_latest', {
    namespace: 'munis',
    method: 'pricingLatest',
    buildRequest: muni_pricing_latest_request,
    item: MuniTrade,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['isins'],
  }),
  muni_pricing_history: defineOperation('muni_pricing_history', {
    namespace: 'munis',
    method: 'pricingHistory',
    buildRequest: muni_pricing_history_request,
    item: MuniTrade,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isin',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['end_date', 'isin', 'start_date'],
  }),
  muni_pricing_daily_history: defineOperation('muni_pricing_daily_history', {
    namespace: 'munis',
    method: 'pricingDailyHistory',
    buildRequest: muni_pricing_daily_history_request,
    item: MuniTrade,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: true,
    requiredFields: ['trade_date'],
  }),
  muni_price_to_yield: defineOperation('muni_price_to_yield', {
    namespace: 'munis',
    method: 'priceToYield',
    buildRequest: muni_price_to_yield_request,
    item: MuniPriceToYieldItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: true,
    acceptsCsv: false,
    requiredFields: [],
  }),
  muni_cashflows: defineOperation('muni_cashflows', {
    namespace: 'munis',
    method: 'cashflows',
    buildRequest: muni_cashflows_request,
    item: MuniCashflowsItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['isins'],
  }),
  muni_documents: defineOperation('muni_documents', {
    namespace: 'munis',
    method: 'documents',
    buildRequest: muni_documents_request,
    item: MuniDocumentsItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: 'isin',
    bodyIsArray: false,
    acceptsCsv: true,
    requiredFields: ['document_type', 'isin'],
  }),
  muni_bonds_in_series: defineOperation('muni_bonds_in_series', {
    namespace: 'munis',
    method: 'bondsInSeries',
    buildRequest: muni_bonds_in_series_request,
    item: MuniSearchItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: 'isin',
    bodyIsArray: false,
    acceptsCsv: true,
    requiredFields: ['isin'],
  }),
  muni_events: defineOperation('muni_events', {
    namespace: 'munis',
    method: 'events',
    buildRequest: muni_events_request,
    item: MuniEventsItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: 'isins',
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['isins'],
  }),
  muni_stats_trade_activity: defineOperation('muni_stats_trade_activity', {
    namespace: 'munis',
    method: 'statsTradeActivity',
    buildRequest: muni_stats_trade_activity_request,
    item: MuniStatsTradeActivityItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['end_date', 'start_date'],
  }),
  muni_stats_top_issuers: defineOperation('muni_stats_top_issuers', {
    namespace: 'munis',
    method: 'statsTopIssuers',
    buildRequest: muni_stats_top_issuers_request,
    item: MuniStatsTopIssuersItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: true,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['end_date', 'start_date'],
  }),
  convert_to_isin: defineOperation('convert_to_isin', {
    namespace: null,
    method: 'convertToIsin',
    buildRequest: convert_to_isin_request,
    item: ConvertToIsinItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['identifiers'],
  }),
  download_document: defineOperation('download_document', {
    namespace: null,
    method: 'downloadDocument',
    buildRequest: download_document_request,
    item: null,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    requiredFields: ['file_id'],
  }),
} as const;

/** Every operation name the API has, in spec order. */
export const operationNames = [
  'bond_search',
  'bond_reference',
  'bond_pricing_latest',
  'bond_pricing_history',
  'bond_cashflows',
  'inflation_factors',
  'agency_search',
  'agency_reference',
  'agency_pricing_latest',
  'agency_pricing_history',
  'agency_cashflows',
  'muni_search',
  'muni_entity_search',
  'muni_reference',
  'muni_pricing_latest',
  'muni_pricing_history',
  'muni_pricing_daily_history',
  'muni_price_to_yield',
  'muni_cashflows',
  'muni_documents',
  'muni_bonds_in_series',
  'muni_events',
  'muni_stats_trade_activity',
  'muni_stats_top_issuers',
  'convert_to_isin',
  'download_document',
] as const;
