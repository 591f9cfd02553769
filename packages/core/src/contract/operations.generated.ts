// GENERATED FILE — do not edit. Source: spec/openapi.yaml. Regenerate: pnpm generate (CI runs pnpm check:generated).
/* eslint-disable */
import * as z from 'zod/mini';
import { isValidIsin } from '../identifiers/isin';
import { binaryResponse, defineOperation, endNotBeforeStart, envelope, openEnum, type ObjectFactory } from './schema-helpers';

const SharedRecord1 = z.looseObject({
  amount: z.optional(z.nullable(z.number())),
  date: z.optional(z.nullable(z.string())),
  type: z.optional(z.nullable(openEnum(["interest","principal"]))),
});
const SharedRecord2 = z.looseObject({
  period_amount: z.optional(z.nullable(z.number())),
  period_type: z.optional(z.nullable(z.string())),
  until: z.optional(z.nullable(z.string())),
});
const SharedRecord3 = z.looseObject({
  determination_period: z.optional(z.nullable(z.unknown())),
  from_date: z.optional(z.nullable(z.string())),
  interest_rate: z.optional(z.nullable(z.number())),
  interest_type: z.optional(z.nullable(z.string())),
  rate_mode_name: z.optional(z.nullable(z.string())),
  until_date: z.optional(z.nullable(z.string())),
});
const SharedRecord4 = z.looseObject({
  benchmark: z.optional(z.nullable(z.string())),
  spread_in_bps: z.optional(z.nullable(z.number())),
});
const SharedRecord5 = z.looseObject({
  convexity: z.optional(z.nullable(z.number())),
  date: z.optional(z.nullable(z.string())),
  duration: z.optional(z.nullable(z.number())),
  estimated_volume: z.optional(z.nullable(z.number())),
  id: z.optional(z.nullable(z.string())),
  isin: z.optional(z.string()),
  modified_duration: z.optional(z.nullable(z.number())),
  price: z.optional(z.nullable(z.number())),
  yield_to_maturity: z.optional(z.nullable(z.number())),
});

// ---- Response record schemas (components): unknown keys kept, nulls accepted, enums open.
/** Compact search row (when full_reference_data is false). */
export const BondSearchItem = z.looseObject({
  country: z.optional(z.nullable(z.string())),
  coupon: z.optional(z.nullable(z.number())),
  currency: z.optional(z.nullable(z.string())),
  isin: z.string(),
  issue_rating_group: z.optional(z.nullable(openEnum(["investment_grade","high_yield"]))),
  issuer_name: z.optional(z.nullable(z.string())),
  issuer_rating_group: z.optional(z.nullable(openEnum(["investment_grade","high_yield"]))),
  maturity_date: z.optional(z.nullable(z.string())),
  ticker: z.optional(z.nullable(z.string())),
});
export type BondSearchItem = z.infer<typeof BondSearchItem>;

/** Full reference record for one government/corporate bond. Keys are returned alphabetically in newer docs. */
export const BondReference = z.looseObject({
  asset_class: z.optional(z.nullable(openEnum(["structured product","medium-term note","money market","bond","asset-backed security","mortgage-backed security","convertible note"]))),
  cfi_code: z.optional(z.nullable(z.string())),
  composite_issue_rating: z.optional(z.nullable(openEnum(["A","A+","A-","AA","AA+","AA-","AAA","B","B+","B-","BB","BB+","BB-","BBB","BBB+","BBB-","C","CC","CCC","CCC+","CCC-","D"]))),
  composite_issuer_rating: z.optional(z.nullable(openEnum(["A","A+","A-","AA","AA+","AA-","AAA","B","B+","B-","BB","BB+","BB-","BBB","BBB+","BBB-","C","CC","CCC","CCC+","CCC-","D"]))),
  country: z.optional(z.nullable(z.string())),
  country_code: z.optional(z.nullable(z.string())),
  coupon: z.optional(z.nullable(z.number())),
  coupon_frequency: z.optional(z.nullable(z.number())),
  currency: z.optional(z.nullable(z.string())),
  figi: z.optional(z.nullable(z.string())),
  first_coupon_date: z.optional(z.nullable(z.string())),
  handle: z.optional(z.nullable(z.string())),
  industry_group: z.optional(z.nullable(z.string())),
  integral_multiple: z.optional(z.nullable(z.number())),
  interest_accrual_convention: z.optional(z.nullable(openEnum(["act/act (ICMA)","30/360","act/360","act/365"]))),
  interest_accrual_date: z.optional(z.nullable(z.string())),
  interest_type: z.optional(z.nullable(openEnum(["fixed rate","variable rate","zero rate / discount rate"]))),
  is_144a: z.optional(z.nullable(z.boolean())),
  is_callable: z.optional(z.nullable(z.boolean())),
  is_covered: z.optional(z.nullable(z.boolean())),
  is_green: z.optional(z.nullable(z.boolean())),
  is_inflation_linked: z.optional(z.nullable(z.boolean())),
  is_outstanding: z.optional(z.nullable(z.boolean())),
  is_puttable: z.optional(z.nullable(z.boolean())),
  is_regs: z.optional(z.nullable(z.boolean())),
  isin: z.string(),
  issue_date: z.optional(z.nullable(z.string())),
  issue_rating_group: z.optional(z.nullable(openEnum(["investment_grade","high_yield"]))),
  issued_amount: z.optional(z.nullable(z.number())),
  issuer: z.optional(z.nullable(z.string())),
  issuer_name: z.optional(z.nullable(z.string())),
  issuer_rating_group: z.optional(z.nullable(openEnum(["investment_grade","high_yield"]))),
  issuer_type: z.optional(z.nullable(openEnum(["corporate","government","municipal"]))),
  lei: z.optional(z.nullable(z.string())),
  lei_direct_parent: z.optional(z.nullable(z.string())),
  lei_ultimate_parent: z.optional(z.nullable(z.string())),
  maturity_date: z.optional(z.nullable(z.string())),
  maturity_type: z.optional(z.nullable(z.string())),
  minimum_denomination: z.optional(z.nullable(z.number())),
  name: z.optional(z.nullable(z.string())),
  rank: z.optional(z.nullable(z.string())),
  registration_type: z.optional(z.nullable(openEnum(["bearer","registered"]))),
  sector: z.optional(z.nullable(z.string())),
  ticker: z.optional(z.nullable(z.string())),
});
export type BondReference = z.infer<typeof BondReference>;

/** Cash-flow schedule of one ISIN (current shape). */
export const CashflowsPerIsin = z.looseObject({
  cashflows: z.optional(z.nullable(z.array(SharedRecord1))),
  isin: z.string(),
});
export type CashflowsPerIsin = z.infer<typeof CashflowsPerIsin>;

/** Compact agency search row (when full_reference_data is false). */
export const AgencySearchItem = z.looseObject({
  interest_rate: z.optional(z.nullable(z.number())),
  interest_type: z.optional(z.nullable(z.string())),
  is_callable: z.optional(z.nullable(z.boolean())),
  isin: z.string(),
  issuer_name: z.optional(z.nullable(z.string())),
  maturity_date: z.optional(z.nullable(z.string())),
  ticker: z.optional(z.nullable(z.string())),
});
export type AgencySearchItem = z.infer<typeof AgencySearchItem>;

/** Full US agency bond reference record. */
export const AgencyReference = z.looseObject({
  asset_class: z.optional(z.nullable(z.string())),
  call_type: z.optional(z.nullable(openEnum(["european","american","bermudan"]))),
  cfi_code: z.optional(z.nullable(z.string())),
  composite_issue_rating: z.optional(z.nullable(openEnum(["A","A+","A-","AA","AA+","AA-","AAA","B","B+","B-","BB","BB+","BB-","BBB","BBB+","BBB-","C","CC","CCC","CCC+","CCC-","D"]))),
  composite_issuer_rating: z.optional(z.nullable(openEnum(["A","A+","A-","AA","AA+","AA-","AAA","B","B+","B-","BB","BB+","BB-","BBB","BBB+","BBB-","C","CC","CCC","CCC+","CCC-","D"]))),
  country: z.optional(z.nullable(z.string())),
  country_code: z.optional(z.nullable(z.string())),
  coupon: z.optional(z.nullable(z.number())),
  coupon_frequency: z.optional(z.nullable(z.number())),
  coupon_payment_day: z.optional(z.nullable(z.number())),
  coupon_payment_months: z.optional(z.nullable(z.array(z.number()))),
  currency: z.optional(z.nullable(z.string())),
  cusip: z.optional(z.nullable(z.string())),
  figi: z.optional(z.nullable(z.string())),
  figi_name: z.optional(z.nullable(z.string())),
  first_call_date: z.optional(z.nullable(z.string())),
  first_interest_payment_date: z.optional(z.nullable(z.string())),
  inserted_at: z.optional(z.nullable(z.string())),
  integral_multiple: z.optional(z.nullable(z.number())),
  interest_accrual_convention: z.optional(z.nullable(openEnum(["act/act (ICMA)","30/360","act/360","act/365"]))),
  interest_accrual_date: z.optional(z.nullable(z.string())),
  interest_payment_schedule: z.optional(z.nullable(z.array(z.looseObject({
    interest_type: z.optional(z.nullable(z.string())),
    payment_date: z.optional(z.nullable(z.looseObject({
      day: z.optional(z.nullable(z.number())),
      month: z.optional(z.nullable(z.number())),
      year: z.optional(z.nullable(z.number())),
    }))),
    periodic_schedule: z.optional(z.nullable(SharedRecord2)),
  })))),
  interest_rate: z.optional(z.nullable(z.number())),
  interest_rate_schedule: z.optional(z.nullable(z.array(SharedRecord3))),
  interest_type: z.optional(z.nullable(z.string())),
  is_144a: z.optional(z.nullable(z.boolean())),
  is_callable: z.optional(z.nullable(z.boolean())),
  is_covered: z.optional(z.nullable(z.boolean())),
  is_green: z.optional(z.nullable(z.boolean())),
  is_inflation_linked: z.optional(z.nullable(z.boolean())),
  is_outstanding: z.optional(z.nullable(z.boolean())),
  is_prod_ready: z.optional(z.nullable(z.boolean())),
  is_puttable: z.optional(z.nullable(z.boolean())),
  is_regs: z.optional(z.nullable(z.boolean())),
  isin: z.string(),
  issue_date: z.optional(z.nullable(z.string())),
  issue_price: z.optional(z.nullable(z.number())),
  issued_amount: z.optional(z.nullable(z.number())),
  issuer_name: z.optional(z.nullable(z.string())),
  lei: z.optional(z.nullable(z.string())),
  lockout_period: z.optional(z.nullable(z.unknown())),
  lt_issue_ratings: z.optional(z.nullable(z.unknown())),
  lt_issuer_ratings: z.optional(z.nullable(z.unknown())),
  maturity_date: z.optional(z.nullable(z.string())),
  maturity_type: z.optional(z.nullable(z.string())),
  minimum_denomination: z.optional(z.nullable(z.number())),
  next_call_date: z.optional(z.nullable(z.string())),
  next_call_price: z.optional(z.nullable(z.number())),
  next_coupon_date: z.optional(z.nullable(z.string())),
  odd_first_coupon: z.optional(z.nullable(z.string())),
  odd_last_coupon: z.optional(z.nullable(z.string())),
  optional_redemption_schedule: z.optional(z.nullable(z.array(z.looseObject({
    call_date: z.optional(z.nullable(z.string())),
  })))),
});
export type AgencyReference = z.infer<typeof AgencyReference>;

/** Compact municipal bond record, shared by muni_search and muni_bonds_in_series (the docs say the two shapes are the same). */
export const MuniSearchItem = z.looseObject({
  coupon: z.optional(z.nullable(z.number())),
  interest_rate: z.optional(z.nullable(z.union([z.number(), SharedRecord4]))),
  has_official_statement: z.optional(z.nullable(z.boolean())),
  interest_type: z.optional(z.nullable(z.string())),
  is_callable: z.optional(z.nullable(z.boolean())),
  isin: z.optional(z.string()),
  issuer_name: z.optional(z.nullable(z.string())),
  maturity_date: z.optional(z.nullable(z.string())),
  rating_group: z.optional(z.nullable(openEnum(["investment_grade","high_yield"]))),
  rating: z.optional(z.nullable(z.string())),
  state: z.optional(z.nullable(z.string())),
  ticker: z.optional(z.nullable(z.string())),
});
export type MuniSearchItem = z.infer<typeof MuniSearchItem>;

/** Full municipal bond reference record (muni_reference; muni_search with full_reference_data). */
export const MuniReference = z.looseObject({
  isin: z.optional(z.string()),
  advisors: z.optional(z.nullable(z.array(z.string()))),
  award_date: z.optional(z.nullable(z.string())),
  award_time: z.optional(z.nullable(z.string())),
  bond_counsel: z.optional(z.nullable(z.array(z.string()))),
  capital_purpose: z.optional(z.nullable(openEnum(["mixed","new money","refunding"]))),
  closing_date: z.optional(z.nullable(z.string())),
  composite_rating: z.optional(z.nullable(z.string())),
  counties: z.optional(z.nullable(z.array(z.string()))),
  country: z.optional(z.nullable(z.string())),
  country_code: z.optional(z.nullable(z.string())),
  coupon_frequency: z.optional(z.nullable(z.number())),
  coupon_payment_day: z.optional(z.nullable(z.number())),
  coupon_payment_months: z.optional(z.nullable(z.array(z.number()))),
  credit_enhancement_type: z.optional(z.nullable(z.array(openEnum(["appropriations_program","bond_insurance","capital_reserve_fund","debt_service_reserve_fund","federal_agency_guarantee","federal_guarantee","federal_mortgage_insurance","letter_of_credit","liquidity_facility","moral_obligation","pledged_assets","pledged_revenues","private_mortgage_insurance","state_aid_intercept_program","state_guarantee_program","state_mortgage_insurance","state_permanent_fund_program","surety_bond","third_party_guarantee"])))),
  currency: z.optional(z.nullable(z.string())),
  dated_date: z.optional(z.nullable(z.string())),
  disclosure_counsel: z.optional(z.nullable(z.array(z.string()))),
  extraordinary_optional_redemption: z.optional(z.nullable(z.unknown())),
  figi: z.optional(z.nullable(z.string())),
  first_call_date: z.optional(z.nullable(z.string())),
  first_execution_date: z.optional(z.nullable(z.string())),
  first_interest_payment_date: z.optional(z.nullable(z.string())),
  first_trade_date: z.optional(z.nullable(z.string())),
  guarantee: z.optional(z.nullable(z.string())),
  has_mandatory_redemption: z.optional(z.nullable(z.boolean())),
  insurers: z.optional(z.nullable(z.array(z.string()))),
  integral_multiple: z.optional(z.nullable(z.number())),
  interest_accrual_convention: z.optional(z.nullable(z.string())),
  interest_accrual_date: z.optional(z.nullable(z.string())),
  interest_maximum_rate: z.optional(z.nullable(z.number())),
  interest_minimum_rate: z.optional(z.nullable(z.number())),
  interest_payment_schedule: z.optional(z.nullable(z.array(z.looseObject({
    interest_type: z.optional(z.nullable(z.string())),
    payment_date: z.optional(z.nullable(z.looseObject({
      day: z.optional(z.nullable(z.number())),
      business_day: z.optional(z.nullable(z.number())),
      month: z.optional(z.nullable(z.number())),
      year: z.optional(z.nullable(z.number())),
    }))),
    periodic_schedule: z.optional(z.nullable(SharedRecord2)),
  })))),
  interest_rate: z.optional(z.nullable(z.union([z.number(), SharedRecord4]))),
  interest_rate_schedule: z.optional(z.nullable(z.array(SharedRecord3))),
  interest_type: z.optional(z.nullable(openEnum(["fixed rate","cab","variable rate","term rate","cab-to-fixed","step rate","zero rate / discount rate"]))),
  is_amt: z.optional(z.nullable(z.boolean())),
  is_bank_qualified: z.optional(z.nullable(z.boolean())),
  is_callable: z.optional(z.nullable(z.boolean())),
  is_credit_enhanced: z.optional(z.nullable(z.boolean())),
  is_federally_taxable: z.optional(z.nullable(z.boolean())),
  is_green: z.optional(z.nullable(z.boolean())),
  is_insured: z.optional(z.nullable(z.boolean())),
  is_outstanding: z.optional(z.nullable(z.boolean())),
  is_pac: z.optional(z.nullable(z.boolean())),
  is_social: z.optional(z.nullable(z.boolean())),
  is_state_enhanced: z.optional(z.nullable(z.boolean())),
  is_state_taxable: z.optional(z.nullable(z.boolean())),
  is_sustainable: z.optional(z.nullable(z.boolean())),
  issue_date: z.optional(z.nullable(z.string())),
  issue_price: z.optional(z.nullable(z.number())),
  issue_yield: z.optional(z.nullable(z.number())),
  issued_amount: z.optional(z.nullable(z.number())),
  issuer_name: z.optional(z.nullable(z.string())),
  liquidity_facility: z.optional(z.nullable(z.unknown())),
  mandatory_redemption_schedule: z.optional(z.nullable(z.array(z.looseObject({})))),
  maturity_amount: z.optional(z.nullable(z.number())),
  maturity_date: z.optional(z.nullable(z.string())),
  minimum_denomination: z.optional(z.nullable(z.number())),
  next_call_date: z.optional(z.nullable(z.string())),
  optional_redemption_schedule: z.optional(z.nullable(z.array(z.looseObject({
    call_date: z.optional(z.nullable(z.string())),
    call_price: z.optional(z.nullable(z.number())),
    includes_accrued_interest: z.optional(z.nullable(z.boolean())),
    is_periodic: z.optional(z.nullable(z.boolean())),
    period_amount: z.optional(z.nullable(z.number())),
    period_type: z.optional(z.nullable(z.string())),
    until: z.optional(z.nullable(z.string())),
  })))),
  previous_coupon_date: z.optional(z.nullable(z.string())),
  remarketing_agent: z.optional(z.nullable(z.unknown())),
  series: z.optional(z.nullable(z.string())),
  series_issued_amount: z.optional(z.nullable(z.number())),
  source_of_repayment: z.optional(z.nullable(z.string())),
  state: z.optional(z.nullable(z.string())),
  ticker: z.optional(z.nullable(z.string())),
  coupon: z.optional(z.nullable(z.number())),
  handle: z.optional(z.nullable(z.string())),
  issuer_type: z.optional(z.nullable(z.string())),
  purpose: z.optional(z.nullable(z.string())),
  rating: z.optional(z.nullable(z.string())),
  sector: z.optional(z.nullable(z.string())),
  obligor: z.optional(z.nullable(z.string())),
  next_coupon_date: z.optional(z.nullable(z.string())),
  outstanding_amount: z.optional(z.nullable(z.number())),
  underwriters: z.optional(z.nullable(z.array(z.string()))),
  trustees: z.optional(z.nullable(z.array(z.string()))),
  use_categories: z.optional(z.nullable(z.array(z.string()))),
  use_sectors: z.optional(z.nullable(z.array(z.string()))),
  uses_of_proceeds: z.optional(z.nullable(z.array(z.string()))),
  seniority: z.optional(z.nullable(z.string())),
  rating_group: z.optional(z.nullable(z.string())),
});
export type MuniReference = z.infer<typeof MuniReference>;

/** One reported municipal trade (MSRB-style trade report) with yields computed by Terrapin. Field set differs by documentation era (see x-era-fields). */
export const MuniTrade = z.looseObject({
  amount: z.optional(z.nullable(z.number())),
  brokers_broker_trade_type: z.optional(z.nullable(z.string())),
  id: z.optional(z.nullable(z.string())),
  is_alt_trading_system: z.optional(z.nullable(z.boolean())),
  is_cancelled: z.optional(z.nullable(z.boolean())),
  is_list_offering_price: z.optional(z.nullable(z.boolean())),
  is_non_transaction_compensation: z.optional(z.nullable(z.boolean())),
  is_weighted_avg_price_trade: z.optional(z.nullable(z.boolean())),
  is_when_issued_trade: z.optional(z.nullable(z.boolean())),
  isin: z.optional(z.string()),
  price: z.optional(z.nullable(z.number())),
  settlement_date: z.optional(z.nullable(z.string())),
  trade_datetime: z.optional(z.nullable(z.string())),
  trade_type: z.optional(z.nullable(openEnum(["customer_bought","customer_sold","inter_dealer"]))),
  ytc_continuous: z.optional(z.nullable(z.number())),
  ytc_money_market: z.optional(z.nullable(z.number())),
  ytc_semi_annual: z.optional(z.nullable(z.number())),
  ytm_continuous: z.optional(z.nullable(z.number())),
  ytm_money_market: z.optional(z.nullable(z.number())),
  ytm_semi_annual: z.optional(z.nullable(z.number())),
});
export type MuniTrade = z.infer<typeof MuniTrade>;

// ---- Operations
// bond_search: Government and corporate bond search
const bond_search_request = (obj: ObjectFactory) => obj({
  asset_classes: z.optional(z.array(z.enum(["structured product","medium-term note","money market","bond","asset-backed security","mortgage-backed security","convertible note"]))),
  countries: z.optional(z.array(z.string())),
  coupon_max: z.optional(z.number()),
  coupon_min: z.optional(z.number()),
  currencies: z.optional(z.array(z.string())),
  full_reference_data: z.optional(z.boolean()),
  handles: z.optional(z.array(z.enum(["de_bobl","de_bund","de_schatz","de_ilb","de_green","de_bubill","uk_gilt","uk_green_gilt","uk_il_gilt","uk_bill","fr_btf","fr_oat","fr_oatei","fr_oati","fr_bond","nl_dsl","nl_dtc"]))),
  include_callable: z.optional(z.boolean()),
  include_non_outstanding: z.optional(z.boolean()),
  include_puttable: z.optional(z.boolean()),
  interest_types: z.optional(z.array(z.enum(["fixed rate","zero rate / discount rate","variable rate"]))),
  isins: z.optional(z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" })))),
  issued_amount_max: z.optional(z.int().check(z.gte(0))),
  issued_amount_min: z.optional(z.int().check(z.gte(0))),
  issuer_types: z.optional(z.array(z.enum(["corporate","government","municipal"]))),
  issuers: z.optional(z.array(z.string())),
  last_trade_date_min: z.optional(z.iso.date()),
  leis: z.optional(z.array(z.string())),
  leis_direct_parent: z.optional(z.array(z.string())),
  leis_ultimate_parent: z.optional(z.array(z.string())),
  limit: z.optional(z.int().check(z.gte(0))),
  maturity_date_max: z.optional(z.iso.date()),
  maturity_date_min: z.optional(z.iso.date()),
  offset: z.optional(z.int().check(z.gte(0))),
});
export const BondSearchResult = z.union([BondSearchItem, BondReference]);
export type BondSearchResult = z.infer<typeof BondSearchResult>;
export type BondSearchParams = z.input<ReturnType<typeof bond_search_request>>;

// bond_reference: Government and corporate reference data
const bond_reference_request = (obj: ObjectFactory) => obj({
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export type BondReferenceParams = z.input<ReturnType<typeof bond_reference_request>>;

// bond_pricing_latest: Government and corporate latest pricing data
const bond_pricing_latest_request = (obj: ObjectFactory) => obj({
  as_of_date: z.optional(z.iso.date()),
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export const BondPricingLatestItem = z.looseObject({
  convexity: z.optional(z.nullable(z.number())),
  date: z.optional(z.nullable(z.string())),
  duration: z.optional(z.nullable(z.number())),
  isin: z.string(),
  modified_duration: z.optional(z.nullable(z.number())),
  price: z.optional(z.nullable(z.number())),
  yield_to_maturity: z.optional(z.nullable(z.number())),
});
export type BondPricingLatestItem = z.infer<typeof BondPricingLatestItem>;
export type BondPricingLatestParams = z.input<ReturnType<typeof bond_pricing_latest_request>>;

// bond_pricing_history: Government and corporate historical pricing data
const bond_pricing_history_request = (obj: ObjectFactory) => obj({
  end_date: z.iso.date(),
  isin: z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" })),
  start_date: z.iso.date(),
}).check(endNotBeforeStart("start_date", "end_date", "end_date must be greater than or equal to start_date"));
export const BondPricingHistoryItem = z.looseObject({
  convexity: z.optional(z.nullable(z.number())),
  date: z.optional(z.nullable(z.string())),
  duration: z.optional(z.nullable(z.number())),
  estimated_volume: z.optional(z.nullable(z.number())),
  isin: z.optional(z.string()),
  modified_duration: z.optional(z.nullable(z.number())),
  price: z.optional(z.nullable(z.number())),
  yield_to_maturity: z.optional(z.nullable(z.number())),
});
export type BondPricingHistoryItem = z.infer<typeof BondPricingHistoryItem>;
export type BondPricingHistoryParams = z.input<ReturnType<typeof bond_pricing_history_request>>;

// bond_cashflows: Government and corporate cashflow data
const bond_cashflows_request = (obj: ObjectFactory) => obj({
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export const BondCashflowsItem = z.union([CashflowsPerIsin, z.looseObject({
  amount: z.optional(z.nullable(z.number())),
  date: z.optional(z.nullable(z.string())),
  isin: z.string(),
  type: z.optional(z.nullable(openEnum(["interest","principal"]))),
})]);
export type BondCashflowsItem = z.infer<typeof BondCashflowsItem>;
export type BondCashflowsParams = z.input<ReturnType<typeof bond_cashflows_request>>;

// inflation_factors: Inflation factors
const inflation_factors_request = (obj: ObjectFactory) => obj({
  country: z.enum(["DE","ES","FR","IT","UK","US"]),
  end_date: z.optional(z.iso.date()),
  start_date: z.optional(z.iso.date()),
});
export const InflationFactorsItem = z.looseObject({
  date: z.optional(z.nullable(z.string())),
  factor: z.optional(z.nullable(z.number())),
  type: z.optional(z.nullable(z.string())),
});
export type InflationFactorsItem = z.infer<typeof InflationFactorsItem>;
export type InflationFactorsParams = z.input<ReturnType<typeof inflation_factors_request>>;

// agency_search: US agency bond search
const agency_search_request = (obj: ObjectFactory) => obj({
  coupon_max: z.optional(z.number()),
  coupon_min: z.optional(z.number()),
  full_reference_data: z.optional(z.boolean()),
  interest_types: z.optional(z.array(z.enum(["fixed rate","step rate","variable rate","zero rate / discount rate"]))),
  is_callable: z.optional(z.boolean()),
  isins: z.optional(z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" })))),
  issue_date_max: z.optional(z.iso.date()),
  issue_date_min: z.optional(z.iso.date()),
  issued_amount_max: z.optional(z.int().check(z.gte(0))),
  issued_amount_min: z.optional(z.int().check(z.gte(0))),
  issuer_name: z.optional(z.enum(["FEDERAL HOME LOAN MORTGAGE CORPORATION","FEDERAL NATIONAL MORTGAGE ASSOCIATION"])),
  limit: z.optional(z.int().check(z.gte(0))),
  maturity_date_max: z.optional(z.iso.date()),
  maturity_date_min: z.optional(z.iso.date()),
  offset: z.optional(z.int().check(z.gte(0))),
  sort: z.optional(z.string()),
});
export const AgencySearchResult = z.union([AgencySearchItem, AgencyReference]);
export type AgencySearchResult = z.infer<typeof AgencySearchResult>;
export type AgencySearchParams = z.input<ReturnType<typeof agency_search_request>>;

// agency_reference: US agency bond reference
const agency_reference_request = (obj: ObjectFactory) => obj({
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export type AgencyReferenceParams = z.input<ReturnType<typeof agency_reference_request>>;

// agency_pricing_latest: US agency latest end of day pricing data
const agency_pricing_latest_request = (obj: ObjectFactory) => obj({
  as_of_date: z.optional(z.iso.date()),
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export const AgencyPricingLatestItem = SharedRecord5;
export type AgencyPricingLatestItem = z.infer<typeof AgencyPricingLatestItem>;
export type AgencyPricingLatestParams = z.input<ReturnType<typeof agency_pricing_latest_request>>;

// agency_pricing_history: US agency historical end of day pricing data
const agency_pricing_history_request = (obj: ObjectFactory) => obj({
  end_date: z.iso.date(),
  isin: z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" })),
  start_date: z.iso.date(),
}).check(endNotBeforeStart("start_date", "end_date", "end_date must be greater than or equal to start_date"));
export const AgencyPricingHistoryItem = SharedRecord5;
export type AgencyPricingHistoryItem = z.infer<typeof AgencyPricingHistoryItem>;
export type AgencyPricingHistoryParams = z.input<ReturnType<typeof agency_pricing_history_request>>;

// agency_cashflows: US agency cashflow data (inferred)
const agency_cashflows_request = (obj: ObjectFactory) => obj({
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export type AgencyCashflowsParams = z.input<ReturnType<typeof agency_cashflows_request>>;

// muni_search: US municipal bond search
const muni_search_request = (obj: ObjectFactory) => obj({
  advisors: z.optional(z.array(z.string())),
  coupon_max: z.optional(z.number()),
  coupon_min: z.optional(z.number()),
  full_reference_data: z.optional(z.boolean()),
  include_bonds_without_os: z.optional(z.boolean()),
  include_callable: z.optional(z.boolean()),
  interest_types: z.optional(z.array(z.enum(["fixed rate","cab","variable rate","term rate","cab-to-fixed","step rate","zero rate / discount rate"]))),
  is_insured: z.optional(z.boolean()),
  isins: z.optional(z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" })))),
  issue_date_max: z.optional(z.iso.date()),
  issue_date_min: z.optional(z.iso.date()),
  issued_amount_max: z.optional(z.int().check(z.gte(0))),
  issued_amount_min: z.optional(z.int().check(z.gte(0))),
  issuer_name: z.optional(z.string()),
  issuers: z.optional(z.array(z.string())),
  limit: z.optional(z.int().check(z.gte(-1))),
  maturity_date_max: z.optional(z.iso.date()),
  maturity_date_min: z.optional(z.iso.date()),
  offset: z.optional(z.int().check(z.gte(0))),
  sectors: z.optional(z.array(z.string())),
  sources_of_repayment: z.optional(z.array(z.string())),
  states: z.optional(z.array(z.string())),
  sort: z.optional(z.array(z.string())),
  last_traded_since: z.optional(z.iso.date()),
});
export const MuniSearchResult = z.union([MuniSearchItem, MuniReference]);
export type MuniSearchResult = z.infer<typeof MuniSearchResult>;
export type MuniSearchParams = z.input<ReturnType<typeof muni_search_request>>;

// muni_entity_search: Search for municipal bond issuers/entities
const muni_entity_search_request = (obj: ObjectFactory) => obj({
  limit: z.optional(z.int().check(z.gte(1), z.lte(50))),
  search_query: z.string().check(z.minLength(1)),
});
export const MuniEntitySearchItem = z.looseObject({
  counties: z.optional(z.nullable(z.array(z.string()))),
  entity_id: z.optional(z.nullable(z.number())),
  name: z.optional(z.nullable(z.string())),
  state: z.optional(z.nullable(z.string())),
});
export type MuniEntitySearchItem = z.infer<typeof MuniEntitySearchItem>;
export type MuniEntitySearchParams = z.input<ReturnType<typeof muni_entity_search_request>>;

// muni_reference: US municipal bond reference data
const muni_reference_request = (obj: ObjectFactory) => obj({
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export type MuniReferenceParams = z.input<ReturnType<typeof muni_reference_request>>;

// muni_pricing_latest: Municipal latest end of day pricing data
const muni_pricing_latest_request = (obj: ObjectFactory) => obj({
  as_of_date: z.optional(z.iso.date()),
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export type MuniPricingLatestParams = z.input<ReturnType<typeof muni_pricing_latest_request>>;

// muni_pricing_history: Municipal historical pricing data
const muni_pricing_history_request = (obj: ObjectFactory) => obj({
  end_date: z.iso.date(),
  isin: z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" })),
  start_date: z.iso.date(),
});
export type MuniPricingHistoryParams = z.input<ReturnType<typeof muni_pricing_history_request>>;

// muni_pricing_daily_history: Bulk municipal historical pricing data for a given day.
const muni_pricing_daily_history_request = (obj: ObjectFactory) => obj({
  trade_date: z.iso.date(),
});
export type MuniPricingDailyHistoryParams = z.input<ReturnType<typeof muni_pricing_daily_history_request>>;

// muni_price_to_yield: Municipal price to yield conversion
const muni_price_to_yield_request = (obj: ObjectFactory) => z.array(obj({
  isin: z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" })),
  trade_data: z.array(obj({
    price: z.number(),
    settlement_date: z.iso.date(),
  })),
}));
export const MuniPriceToYieldItem = z.looseObject({
  isin: z.optional(z.string()),
  trade_data: z.optional(z.nullable(z.array(z.looseObject({
    price: z.optional(z.nullable(z.number())),
    settlement_date: z.optional(z.nullable(z.string())),
    ytc_continuous: z.optional(z.nullable(z.number())),
    ytc_money_market: z.optional(z.nullable(z.number())),
    ytc_semi_annual: z.optional(z.nullable(z.number())),
    ytm_continuous: z.optional(z.nullable(z.number())),
    ytm_money_market: z.optional(z.nullable(z.number())),
    ytm_semi_annual: z.optional(z.nullable(z.number())),
  })))),
});
export type MuniPriceToYieldItem = z.infer<typeof MuniPriceToYieldItem>;
export type MuniPriceToYieldParams = z.input<ReturnType<typeof muni_price_to_yield_request>>;

// muni_cashflows: US municipal bond cashflow data
const muni_cashflows_request = (obj: ObjectFactory) => obj({
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export const MuniCashflowsItem = z.looseObject({
  cashflows: z.optional(z.nullable(z.array(SharedRecord1))),
  isin: z.optional(z.string()),
});
export type MuniCashflowsItem = z.infer<typeof MuniCashflowsItem>;
export type MuniCashflowsParams = z.input<ReturnType<typeof muni_cashflows_request>>;

// muni_documents: Get documents for a municipal bond
const muni_documents_request = (obj: ObjectFactory) => obj({
  document_type: z.enum(["disclosure_document","official_statement"]),
  isin: z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" })),
});
export const MuniDocumentsItem = z.looseObject({
  document_name: z.optional(z.nullable(z.string())),
  document_type: z.optional(z.nullable(openEnum(["disclosure_document","official_statement"]))),
  file_id: z.optional(z.nullable(z.string())),
  filing_type: z.optional(z.nullable(z.string())),
  isin: z.optional(z.string()),
  publish_date: z.optional(z.nullable(z.string())),
  text_file_id: z.optional(z.nullable(z.string())),
});
export type MuniDocumentsItem = z.infer<typeof MuniDocumentsItem>;
export type MuniDocumentsParams = z.input<ReturnType<typeof muni_documents_request>>;

// muni_bonds_in_series: Get all municipal bonds in the same series
const muni_bonds_in_series_request = (obj: ObjectFactory) => obj({
  isin: z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" })),
});
export type MuniBondsInSeriesParams = z.input<ReturnType<typeof muni_bonds_in_series_request>>;

// muni_events: US municipal bond events
const muni_events_request = (obj: ObjectFactory) => obj({
  isins: z.array(z.string().check(z.trim(), z.toUpperCase(), z.length(12), z.refine(isValidIsin, { message: "Invalid ISIN check digit" }))),
});
export const MuniEventsItem = z.looseObject({
  events: z.optional(z.nullable(z.array(z.looseObject({
    category: z.optional(z.nullable(z.string())),
    date: z.optional(z.nullable(z.string())),
    details: z.optional(z.nullable(z.looseObject({
      amount: z.optional(z.nullable(z.number())),
      description: z.optional(z.nullable(z.string())),
      history: z.optional(z.nullable(z.array(z.unknown()))),
    }))),
    name: z.optional(z.nullable(z.string())),
  })))),
  isin: z.optional(z.string()),
});
export type MuniEventsItem = z.infer<typeof MuniEventsItem>;
export type MuniEventsParams = z.input<ReturnType<typeof muni_events_request>>;

// muni_stats_trade_activity: US municipal bond trade activity statistics
const muni_stats_trade_activity_request = (obj: ObjectFactory) => obj({
  end_date: z.iso.date(),
  start_date: z.iso.date(),
  capital_purpose: z.optional(z.array(z.enum(["mixed","new money","refunding"]))),
  interest_types: z.optional(z.array(z.enum(["cab","cab-to-fixed","fixed rate","step rate","term rate","variable rate","zero rate / discount rate"]))),
  states: z.optional(z.array(z.string())),
  is_amt: z.optional(z.boolean()),
  is_bank_qualified: z.optional(z.boolean()),
  is_federally_taxable: z.optional(z.boolean()),
  is_green: z.optional(z.boolean()),
  is_insured: z.optional(z.boolean()),
  is_pac: z.optional(z.boolean()),
  is_social: z.optional(z.boolean()),
  is_sustainable: z.optional(z.boolean()),
  group_by: z.optional(z.string()),
  period: z.optional(z.string()),
  rating_group: z.optional(z.string()),
  seniority: z.optional(z.array(z.string())),
  sources_of_repayment: z.optional(z.array(z.string())),
  use_sectors: z.optional(z.array(z.string())),
  use_categories: z.optional(z.array(z.string())),
  uses_of_proceeds: z.optional(z.array(z.string())),
});
export const MuniStatsTradeActivityItem = z.looseObject({
  customer_bought_count: z.optional(z.nullable(z.number())),
  customer_sold_count: z.optional(z.nullable(z.number())),
  inter_dealer_count: z.optional(z.nullable(z.number())),
  trade_count: z.optional(z.nullable(z.number())),
  trade_volume: z.optional(z.nullable(z.number())),
  group_key: z.optional(z.nullable(z.unknown())),
  period: z.optional(z.nullable(z.string())),
});
export type MuniStatsTradeActivityItem = z.infer<typeof MuniStatsTradeActivityItem>;
export type MuniStatsTradeActivityParams = z.input<ReturnType<typeof muni_stats_trade_activity_request>>;

// muni_stats_top_issuers: Top Issuers
const muni_stats_top_issuers_request = (obj: ObjectFactory) => obj({
  end_date: z.iso.date(),
  start_date: z.iso.date(),
  capital_purpose: z.optional(z.array(z.enum(["mixed","new money","refunding"]))),
  interest_types: z.optional(z.array(z.enum(["cab","cab-to-fixed","fixed rate","step rate","term rate","variable rate","zero rate / discount rate"]))),
  is_amt: z.optional(z.boolean()),
  is_bank_qualified: z.optional(z.boolean()),
  is_federally_taxable: z.optional(z.boolean()),
  is_green: z.optional(z.boolean()),
  is_insured: z.optional(z.boolean()),
  is_pac: z.optional(z.boolean()),
  is_social: z.optional(z.boolean()),
  is_sustainable: z.optional(z.boolean()),
  limit: z.optional(z.int()),
  rank_by: z.optional(z.string()),
});
export const MuniStatsTopIssuersItem = z.looseObject({});
export type MuniStatsTopIssuersItem = z.infer<typeof MuniStatsTopIssuersItem>;
export type MuniStatsTopIssuersParams = z.input<ReturnType<typeof muni_stats_top_issuers_request>>;

// convert_to_isin: Convert CUSIPs to ISINs
const convert_to_isin_request = (obj: ObjectFactory) => obj({
  identifiers: z.array(z.string()).check(z.minLength(1)),
});
export const ConvertToIsinItem = z.looseObject({
  input: z.optional(z.nullable(z.string())),
  isin: z.optional(z.string()),
});
export type ConvertToIsinItem = z.infer<typeof ConvertToIsinItem>;
export type ConvertToIsinParams = z.input<ReturnType<typeof convert_to_isin_request>>;

// download_document: Download a document
const download_document_request = (obj: ObjectFactory) => obj({
  file_id: z.string().check(z.minLength(1)),
});
export type DownloadDocumentParams = z.input<ReturnType<typeof download_document_request>>;

/**
 * The operations table: one entry per API operation, keyed by the API's own operation name. Everything else in
 * the SDK (client methods, mock routes, proxy allow-list, hooks, CLI commands) is derived from it.
 */
export const operations = {
  bond_search: defineOperation({
    name: "bond_search",
    path: "/api/v1/bond_search",
    namespace: "bonds",
    method: "search",
    summary: "Government and corporate bond search",
    description: "Find government/corporate bonds matching filters; returns compact rows plus a total count.",
    buildRequest: bond_search_request,
    response: envelope(BondSearchResult),
    item: BondSearchResult,
    consumesQuota: false,
    paginated: true,
    hasLimit: true,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"asset_classes","type":"array","required":false,"items":"string","enum":["structured product","medium-term note","money market","bond","asset-backed security","mortgage-backed security","convertible note"],"description":"Filter by asset class."},{"name":"countries","type":"array","required":false,"items":"string","description":"Filter by country of the issuing entity, given as a country name (e.g. 'Italy', 'Germany', 'United Kingdom', 'United States of America'). Older docs: partial name match."},{"name":"coupon_max","type":"number","required":false,"description":"Upper bound on coupon (percent)."},{"name":"coupon_min","type":"number","required":false,"description":"Lower bound on coupon (percent)."},{"name":"currencies","type":"array","required":false,"items":"string","description":"Filter by bond currency (ISO 4217 3-letter codes)."},{"name":"full_reference_data","type":"boolean","required":false,"description":"Return full bond_reference-shaped objects instead of compact search rows. Needs a special account tier."},{"name":"handles","type":"array","required":false,"items":"string","enum":["de_bobl","de_bund","de_schatz","de_ilb","de_green","de_bubill","uk_gilt","uk_green_gilt","uk_il_gilt","uk_bill","fr_btf","fr_oat","fr_oatei","fr_oati","fr_bond","nl_dsl","nl_dtc"],"description":"Filter by predefined bond category ('handle')."},{"name":"include_callable","type":"boolean","required":false,"description":"Whether callable bonds are included."},{"name":"include_non_outstanding","type":"boolean","required":false,"description":"Include bonds no longer outstanding (greatly enlarges results)."},{"name":"include_puttable","type":"boolean","required":false,"description":"Whether puttable bonds are included."},{"name":"interest_types","type":"array","required":false,"items":"string","enum":["fixed rate","zero rate / discount rate","variable rate"],"description":"Filter by interest type."},{"name":"isins","type":"array","required":false,"items":"string","format":"isin","description":"Restrict to these ISINs."},{"name":"issued_amount_max","type":"integer","required":false,"minimum":0,"description":"Upper bound on total issued (nominal) amount."},{"name":"issued_amount_min","type":"integer","required":false,"minimum":0,"description":"Lower bound on total issued (nominal) amount."},{"name":"issuer_types","type":"array","required":false,"items":"string","enum":["corporate","government","municipal"],"description":"Filter by issuer type."},{"name":"issuers","type":"array","required":false,"items":"string","description":"Filter by issuer name (partial match)."},{"name":"last_trade_date_min","type":"string","required":false,"format":"date","description":"Only bonds that have traded on/after this date (YYYY-MM-DD)."},{"name":"leis","type":"array","required":false,"items":"string","description":"Filter by issuer Legal Entity Identifier(s)."},{"name":"leis_direct_parent","type":"array","required":false,"items":"string","description":"Filter by LEI(s) of the issuer's direct parent."},{"name":"leis_ultimate_parent","type":"array","required":false,"items":"string","description":"Filter by LEI(s) of the issuer's ultimate parent."},{"name":"limit","type":"integer","required":false,"minimum":0,"description":"Maximum rows to return; 0 returns only 'total'."},{"name":"maturity_date_max","type":"string","required":false,"format":"date","description":"Latest maturity date (YYYY-MM-DD)."},{"name":"maturity_date_min","type":"string","required":false,"format":"date","description":"Earliest maturity date (YYYY-MM-DD)."},{"name":"offset","type":"integer","required":false,"minimum":0,"description":"Rows to skip (pagination)."}],
  }),
  bond_reference: defineOperation({
    name: "bond_reference",
    path: "/api/v1/bond_reference",
    namespace: "bonds",
    method: "reference",
    summary: "Government and corporate reference data",
    description: "Full reference data for the given government/corporate ISINs.",
    buildRequest: bond_reference_request,
    response: envelope(BondReference),
    item: BondReference,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: true,
    fields: [{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs to look up (12 chars each; check digit validated; upper-cased server-side)."}],
  }),
  bond_pricing_latest: defineOperation({
    name: "bond_pricing_latest",
    path: "/api/v1/bond_pricing_latest",
    namespace: "bonds",
    method: "pricingLatest",
    summary: "Government and corporate latest pricing data",
    description: "Most recent end-of-day price/yield/risk figures for each ISIN, optionally as of a given date.",
    buildRequest: bond_pricing_latest_request,
    response: envelope(BondPricingLatestItem),
    item: BondPricingLatestItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"as_of_date","type":"string","required":false,"format":"date","description":"Return the latest pricing on or before this date (YYYY-MM-DD); omit for the most recent."},{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs to price."}],
  }),
  bond_pricing_history: defineOperation({
    name: "bond_pricing_history",
    path: "/api/v1/bond_pricing_history",
    namespace: "bonds",
    method: "pricingHistory",
    summary: "Government and corporate historical pricing data",
    description: "Daily end-of-day pricing series for one ISIN between two dates (inclusive).",
    buildRequest: bond_pricing_history_request,
    response: envelope(BondPricingHistoryItem),
    item: BondPricingHistoryItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isin",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"end_date","type":"string","required":true,"format":"date","description":"Last trade date to include (YYYY-MM-DD)."},{"name":"isin","type":"string","required":true,"format":"isin","description":"ISIN of the bond."},{"name":"start_date","type":"string","required":true,"format":"date","description":"First trade date to include (YYYY-MM-DD)."}],
  }),
  bond_cashflows: defineOperation({
    name: "bond_cashflows",
    path: "/api/v1/bond_cashflows",
    namespace: "bonds",
    method: "cashflows",
    summary: "Government and corporate cashflow data",
    description: "Projected interest and principal schedule for each ISIN (fixed or zero rate bonds).",
    buildRequest: bond_cashflows_request,
    response: envelope(BondCashflowsItem),
    item: BondCashflowsItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs."}],
  }),
  inflation_factors: defineOperation({
    name: "inflation_factors",
    path: "/api/v1/inflation_factors",
    namespace: null,
    method: "inflationFactors",
    summary: "Inflation factors",
    description: "Daily inflation (index-ratio) factors for a country's inflation-linked government bonds over a date range.",
    buildRequest: inflation_factors_request,
    response: envelope(InflationFactorsItem),
    item: InflationFactorsItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"country","type":"string","required":true,"enum":["DE","ES","FR","IT","UK","US"],"description":"Two-letter country of the government issuer."},{"name":"end_date","type":"string","required":false,"format":"date","description":"Inclusive upper date; defaults to the latest available factor."},{"name":"start_date","type":"string","required":false,"format":"date","description":"Inclusive lower date; defaults to the earliest available factor."}],
  }),
  agency_search: defineOperation({
    name: "agency_search",
    path: "/api/v1/agency_search",
    namespace: "agency",
    method: "search",
    summary: "US agency bond search",
    description: "Find US agency bonds (Freddie Mac / Fannie Mae) by filters; compact rows plus total.",
    buildRequest: agency_search_request,
    response: envelope(AgencySearchResult),
    item: AgencySearchResult,
    consumesQuota: false,
    paginated: true,
    hasLimit: true,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"coupon_max","type":"number","required":false,"description":"Upper bound on coupon rate (percent)."},{"name":"coupon_min","type":"number","required":false,"description":"Lower bound on coupon rate (percent)."},{"name":"full_reference_data","type":"boolean","required":false,"description":"Return agency_reference-shaped objects. Special account tier required."},{"name":"interest_types","type":"array","required":false,"items":"string","enum":["fixed rate","step rate","variable rate","zero rate / discount rate"],"description":"Filter by interest type."},{"name":"is_callable","type":"boolean","required":false,"description":"Only callable (true) or only non-callable (false) bonds."},{"name":"isins","type":"array","required":false,"items":"string","format":"isin","description":"Restrict to these ISINs (12 chars)."},{"name":"issue_date_max","type":"string","required":false,"format":"date","description":"Latest issue date."},{"name":"issue_date_min","type":"string","required":false,"format":"date","description":"Earliest issue date."},{"name":"issued_amount_max","type":"integer","required":false,"minimum":0,"description":"Upper bound on issued nominal amount."},{"name":"issued_amount_min","type":"integer","required":false,"minimum":0,"description":"Lower bound on issued nominal amount."},{"name":"issuer_name","type":"string","required":false,"enum":["FEDERAL HOME LOAN MORTGAGE CORPORATION","FEDERAL NATIONAL MORTGAGE ASSOCIATION"],"description":"Issuing agency."},{"name":"limit","type":"integer","required":false,"minimum":0,"description":"Maximum rows to return; 0 returns no rows but still reports total."},{"name":"maturity_date_max","type":"string","required":false,"format":"date","description":"Latest maturity date."},{"name":"maturity_date_min","type":"string","required":false,"format":"date","description":"Earliest maturity date."},{"name":"offset","type":"integer","required":false,"minimum":0,"description":"Rows to skip before returning results."},{"name":"sort","type":"string","required":false,"description":"Sort key; prefix with '-' for descending."}],
  }),
  agency_reference: defineOperation({
    name: "agency_reference",
    path: "/api/v1/agency_reference",
    namespace: "agency",
    method: "reference",
    summary: "US agency bond reference",
    description: "Full reference data (incl. call and coupon schedules) for the given US agency ISINs.",
    buildRequest: agency_reference_request,
    response: envelope(AgencyReference),
    item: AgencyReference,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs to look up."}],
  }),
  agency_pricing_latest: defineOperation({
    name: "agency_pricing_latest",
    path: "/api/v1/agency_pricing_latest",
    namespace: "agency",
    method: "pricingLatest",
    summary: "US agency latest end of day pricing data",
    description: "Latest end-of-day pricing for each agency ISIN, optionally as of a date.",
    buildRequest: agency_pricing_latest_request,
    response: envelope(AgencyPricingLatestItem),
    item: AgencyPricingLatestItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"as_of_date","type":"string","required":false,"format":"date","description":"Return latest pricing as of this date (YYYY-MM-DD); omit for most recent."},{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs to price."}],
  }),
  agency_pricing_history: defineOperation({
    name: "agency_pricing_history",
    path: "/api/v1/agency_pricing_history",
    namespace: "agency",
    method: "pricingHistory",
    summary: "US agency historical end of day pricing data",
    description: "Daily end-of-day pricing for one agency ISIN between two dates.",
    buildRequest: agency_pricing_history_request,
    response: envelope(AgencyPricingHistoryItem),
    item: AgencyPricingHistoryItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isin",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"end_date","type":"string","required":true,"format":"date","description":"Last trade date (YYYY-MM-DD), inclusive."},{"name":"isin","type":"string","required":true,"format":"isin","description":"ISIN of the bond."},{"name":"start_date","type":"string","required":true,"format":"date","description":"First trade date (YYYY-MM-DD), inclusive."}],
  }),
  agency_cashflows: defineOperation({
    name: "agency_cashflows",
    path: "/api/v1/agency_cashflows",
    namespace: "agency",
    method: "cashflows",
    summary: "US agency cashflow data (inferred)",
    description: "Projected interest/principal schedule per agency ISIN (inferred).",
    buildRequest: agency_cashflows_request,
    response: envelope(CashflowsPerIsin),
    item: CashflowsPerIsin,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs."}],
  }),
  muni_search: defineOperation({
    name: "muni_search",
    path: "/api/v1/muni_search",
    namespace: "munis",
    method: "search",
    summary: "US municipal bond search",
    description: "Filter the US municipal universe and get back a compact record per bond (the same compact record is used by muni_bonds_in_series). Does not use the data-retrieval ISIN quota (it is metered against the separate search quota, see x-contract-notes).",
    buildRequest: muni_search_request,
    response: envelope(MuniSearchResult),
    item: MuniSearchResult,
    consumesQuota: false,
    paginated: true,
    hasLimit: true,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: true,
    fields: [{"name":"advisors","type":"array","required":false,"items":"string","description":"Keep only bonds that list one of these financial advisors."},{"name":"coupon_max","type":"number","required":false,"description":"Upper bound on the coupon, in percent."},{"name":"coupon_min","type":"number","required":false,"description":"Lower bound on the coupon, in percent."},{"name":"full_reference_data","type":"boolean","required":false,"description":"When true, each result carries the full muni_reference record instead of the compact record. Needs a special account tier."},{"name":"include_bonds_without_os","type":"boolean","required":false,"description":"Also return bonds that have no final official statement yet (typically very new issues); their fields are best-effort."},{"name":"include_callable","type":"boolean","required":false,"description":"Whether callable bonds are included in the results."},{"name":"interest_types","type":"array","required":false,"items":"string","enum":["fixed rate","cab","variable rate","term rate","cab-to-fixed","step rate","zero rate / discount rate"],"description":"Keep only bonds with one of these interest structures."},{"name":"is_insured","type":"boolean","required":false,"description":"Filter on whether a bond insurer wraps the bond."},{"name":"isins","type":"array","required":false,"items":"string","description":"Restrict the search to these ISINs (12-character codes)."},{"name":"issue_date_max","type":"string","required":false,"format":"date","description":"Latest issue date, YYYY-MM-DD."},{"name":"issue_date_min","type":"string","required":false,"format":"date","description":"Earliest issue date, YYYY-MM-DD."},{"name":"issued_amount_max","type":"integer","required":false,"minimum":0,"description":"Upper bound on the total issued nominal amount."},{"name":"issued_amount_min","type":"integer","required":false,"minimum":0,"description":"Lower bound on the total issued nominal amount."},{"name":"issuer_name","type":"string","required":false,"description":"Issuer (municipality, district, authority...) to match. Replaced the older \"issuers\" array in era C."},{"name":"issuers","type":"array","required":false,"items":"string","description":"OLDER eras (A, B): list of issuer names; each may be a full or a partial name and matches any issuer containing it (e.g. 'CAMERON COUNTY' matches 'CAMERON COUNTY, TEXAS')."},{"name":"limit","type":"integer","required":false,"minimum":-1,"description":"Maximum number of results to return (e.g. total 1450, limit 100, offset 0 returns the first 100). -1 disables the cap."},{"name":"maturity_date_max","type":"string","required":false,"format":"date","description":"Latest maturity date, YYYY-MM-DD."},{"name":"maturity_date_min","type":"string","required":false,"format":"date","description":"Earliest maturity date, YYYY-MM-DD."},{"name":"offset","type":"integer","required":false,"minimum":0,"description":"Pagination offset (limit 100 with offset 50 returns results 50..150)."},{"name":"sectors","type":"array","required":false,"items":"string","description":"Issuer-sector filter (secondary evidence only)."},{"name":"sources_of_repayment","type":"array","required":false,"items":"string","description":"Repayment-source filter (secondary evidence only)."},{"name":"states","type":"array","required":false,"items":"string","description":"Two-letter US state codes (secondary evidence only)."},{"name":"sort","type":"array","required":false,"items":"string","description":"Sort keys, '-' prefix for descending, e.g. [\"-issue_date\"] (secondary evidence only)."},{"name":"last_traded_since","type":"string","required":false,"format":"date","description":"Only bonds traded since this date (secondary evidence only)."}],
  }),
  muni_entity_search: defineOperation({
    name: "muni_entity_search",
    path: "/api/v1/muni_entity_search",
    namespace: "munis",
    method: "entitySearch",
    summary: "Search for municipal bond issuers/entities",
    description: "Free-text lookup of municipal issuers/obligors (\"entities\"); the query is matched against entity name, state and counties. Does not use the data-retrieval ISIN quota.",
    buildRequest: muni_entity_search_request,
    response: envelope(MuniEntitySearchItem),
    item: MuniEntitySearchItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: true,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"limit","type":"integer","required":false,"minimum":1,"maximum":50,"description":"Maximum number of entities to return."},{"name":"search_query","type":"string","required":true,"description":"Text to look for in entity name, state and counties."}],
  }),
  muni_reference: defineOperation({
    name: "muni_reference",
    path: "/api/v1/muni_reference",
    namespace: "munis",
    method: "reference",
    summary: "US municipal bond reference data",
    description: "Full reference record (terms, schedules, tax flags, parties, classification) for each requested municipal ISIN. Counts against the monthly ISIN quota. The complete field list is documented on the \"US municipal bonds\" data-dictionary page.",
    buildRequest: muni_reference_request,
    response: envelope(MuniReference),
    item: MuniReference,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: true,
    fields: [{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs to look up (12-character codes)."}],
  }),
  muni_pricing_latest: defineOperation({
    name: "muni_pricing_latest",
    path: "/api/v1/muni_pricing_latest",
    namespace: "munis",
    method: "pricingLatest",
    summary: "Municipal latest end of day pricing data",
    description: "Most recent trade/price for each requested municipal ISIN, optionally as of a past date. Counts against the monthly ISIN quota (pricing data).",
    buildRequest: muni_pricing_latest_request,
    response: envelope(MuniTrade),
    item: MuniTrade,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"as_of_date","type":"string","required":false,"format":"date","description":"Return the latest pricing as of this date (YYYY-MM-DD). Omit for the most recent data."},{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs to price (12-character codes)."}],
  }),
  muni_pricing_history: defineOperation({
    name: "muni_pricing_history",
    path: "/api/v1/muni_pricing_history",
    namespace: "munis",
    method: "pricingHistory",
    summary: "Municipal historical pricing data",
    description: "All reported trades of one municipal ISIN between two trade dates. Counts against the monthly ISIN quota; the history window depends on the subscription tier (e.g. 1 year on Startup).",
    buildRequest: muni_pricing_history_request,
    response: envelope(MuniTrade),
    item: MuniTrade,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isin",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"end_date","type":"string","required":true,"format":"date","description":"Last trade date to include, YYYY-MM-DD."},{"name":"isin","type":"string","required":true,"format":"isin","description":"ISIN of the bond (12 characters)."},{"name":"start_date","type":"string","required":true,"format":"date","description":"First trade date to include, YYYY-MM-DD."}],
  }),
  muni_pricing_daily_history: defineOperation({
    name: "muni_pricing_daily_history",
    path: "/api/v1/muni_pricing_daily_history",
    namespace: "munis",
    method: "pricingDailyHistory",
    summary: "Bulk municipal historical pricing data for a given day.",
    description: "Every reported US municipal trade (all ISINs) for one trade date. One of the newer crawls documents an Accept header (JSON or CSV).",
    buildRequest: muni_pricing_daily_history_request,
    response: envelope(MuniTrade),
    item: MuniTrade,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: true,
    fields: [{"name":"trade_date","type":"string","required":true,"format":"date","description":"Trade date to dump, YYYY-MM-DD."}],
  }),
  muni_price_to_yield: defineOperation({
    name: "muni_price_to_yield",
    path: "/api/v1/muni_price_to_yield",
    namespace: "munis",
    method: "priceToYield",
    summary: "Municipal price to yield conversion",
    description: "Compute yield-to-maturity and yield-to-call (three compounding conventions each) for municipal ISINs from caller-supplied (price, settlement date) pairs. Several ISINs and several price points per ISIN can be sent in one call.",
    buildRequest: muni_price_to_yield_request,
    response: envelope(MuniPriceToYieldItem),
    item: MuniPriceToYieldItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: true,
    acceptsCsv: false,
    fields: [],
  }),
  muni_cashflows: defineOperation({
    name: "muni_cashflows",
    path: "/api/v1/muni_cashflows",
    namespace: "munis",
    method: "cashflows",
    summary: "US municipal bond cashflow data",
    description: "Projected interest and principal cash-flow schedule for each requested municipal ISIN (amounts per 100 of par). Counts against the monthly ISIN quota.",
    buildRequest: muni_cashflows_request,
    response: envelope(MuniCashflowsItem),
    item: MuniCashflowsItem,
    consumesQuota: true,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs to project (12-character codes)."}],
  }),
  muni_documents: defineOperation({
    name: "muni_documents",
    path: "/api/v1/muni_documents",
    namespace: "munis",
    method: "documents",
    summary: "Get documents for a municipal bond",
    description: "List the documents Terrapin holds for a municipal bond: the bond's official statements, or the continuing-disclosure (EMMA) filings of the bond's obligor. Each item gives file keys to pass to POST /api/v1/download_document.",
    buildRequest: muni_documents_request,
    response: envelope(MuniDocumentsItem),
    item: MuniDocumentsItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: "isin",
    bodyIsArray: false,
    acceptsCsv: true,
    fields: [{"name":"document_type","type":"string","required":true,"enum":["disclosure_document","official_statement"],"description":"official_statement = the bond's own official statements; disclosure_document = disclosure filings of the bond's obligor."},{"name":"isin","type":"string","required":true,"format":"isin","description":"Bond ISIN (12 characters)."}],
  }),
  muni_bonds_in_series: defineOperation({
    name: "muni_bonds_in_series",
    path: "/api/v1/muni_bonds_in_series",
    namespace: "munis",
    method: "bondsInSeries",
    summary: "Get all municipal bonds in the same series",
    description: "Given one ISIN, list every municipal bond issued in the same series (siblings, including the input bond). Items use the muni_search compact record.",
    buildRequest: muni_bonds_in_series_request,
    response: envelope(MuniSearchItem),
    item: MuniSearchItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: "isin",
    bodyIsArray: false,
    acceptsCsv: true,
    fields: [{"name":"isin","type":"string","required":true,"format":"isin","description":"ISIN of any bond of the series (12 characters)."}],
  }),
  muni_events: defineOperation({
    name: "muni_events",
    path: "/api/v1/muni_events",
    namespace: "munis",
    method: "events",
    summary: "US municipal bond events",
    description: "Life-cycle / corporate-action history of municipal bonds (creation, calls, defeasances, splits, consolidations, ...), one event list per ISIN.",
    buildRequest: muni_events_request,
    response: envelope(MuniEventsItem),
    item: MuniEventsItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: "isins",
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"isins","type":"array","required":true,"items":"string","format":"isin","description":"ISINs to fetch events for (12 characters each)."}],
  }),
  muni_stats_trade_activity: defineOperation({
    name: "muni_stats_trade_activity",
    path: "/api/v1/muni_stats_trade_activity",
    namespace: "munis",
    method: "statsTradeActivity",
    summary: "US municipal bond trade activity statistics",
    description: "Aggregate secondary-market trade statistics (volume and counts by trade side) for the municipal bonds matching the filters over a trade-date window.",
    buildRequest: muni_stats_trade_activity_request,
    response: envelope(MuniStatsTradeActivityItem),
    item: MuniStatsTradeActivityItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"end_date","type":"string","required":true,"format":"date","description":"Last trade date included, YYYY-MM-DD."},{"name":"start_date","type":"string","required":true,"format":"date","description":"First trade date included, YYYY-MM-DD."},{"name":"capital_purpose","type":"array","required":false,"items":"string","enum":["mixed","new money","refunding"],"description":"New money / refunding / mixed filter."},{"name":"interest_types","type":"array","required":false,"items":"string","enum":["cab","cab-to-fixed","fixed rate","step rate","term rate","variable rate","zero rate / discount rate"],"description":"Interest structure filter."},{"name":"states","type":"array","required":false,"items":"string","description":"Two-letter state codes (seen in the example)."},{"name":"is_amt","type":"boolean","required":false,"description":"AMT bonds only / exclude."},{"name":"is_bank_qualified","type":"boolean","required":false},{"name":"is_federally_taxable","type":"boolean","required":false},{"name":"is_green","type":"boolean","required":false},{"name":"is_insured","type":"boolean","required":false},{"name":"is_pac","type":"boolean","required":false},{"name":"is_social","type":"boolean","required":false},{"name":"is_sustainable","type":"boolean","required":false},{"name":"group_by","type":"string","required":false},{"name":"period","type":"string","required":false},{"name":"rating_group","type":"string","required":false},{"name":"seniority","type":"array","required":false,"items":"string"},{"name":"sources_of_repayment","type":"array","required":false,"items":"string"},{"name":"use_sectors","type":"array","required":false,"items":"string"},{"name":"use_categories","type":"array","required":false,"items":"string"},{"name":"uses_of_proceeds","type":"array","required":false,"items":"string"}],
  }),
  muni_stats_top_issuers: defineOperation({
    name: "muni_stats_top_issuers",
    path: "/api/v1/muni_stats_top_issuers",
    namespace: "munis",
    method: "statsTopIssuers",
    summary: "Top Issuers",
    description: "Ranking of municipal issuers over a date range, mixing new-issue and secondary-trading metrics, sorted descending by the chosen metric. Commercial paper and new issues that still lack a final official statement are excluded. New issuance is windowed on each bond's dated date; trade metrics on the trade date.",
    buildRequest: muni_stats_top_issuers_request,
    response: envelope(MuniStatsTopIssuersItem),
    item: MuniStatsTopIssuersItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: true,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"end_date","type":"string","required":true,"format":"date","description":"End of the window."},{"name":"start_date","type":"string","required":true,"format":"date","description":"Start of the window."},{"name":"capital_purpose","type":"array","required":false,"items":"string","enum":["mixed","new money","refunding"]},{"name":"interest_types","type":"array","required":false,"items":"string","enum":["cab","cab-to-fixed","fixed rate","step rate","term rate","variable rate","zero rate / discount rate"]},{"name":"is_amt","type":"boolean","required":false,"description":"Alternative Minimum Tax bonds."},{"name":"is_bank_qualified","type":"boolean","required":false},{"name":"is_federally_taxable","type":"boolean","required":false},{"name":"is_green","type":"boolean","required":false},{"name":"is_insured","type":"boolean","required":false,"description":"Wrapped by a bond insurer."},{"name":"is_pac","type":"boolean","required":false,"description":"Planned Amortization Class bonds."},{"name":"is_social","type":"boolean","required":false},{"name":"is_sustainable","type":"boolean","required":false},{"name":"limit","type":"integer","required":false,"description":"Maximum number of issuers returned (description cut after \"Maximum number o...\")."},{"name":"rank_by","type":"string","required":false,"description":"Ranking metric (secondary evidence for the name and values)."}],
  }),
  convert_to_isin: defineOperation({
    name: "convert_to_isin",
    path: "/api/v1/convert_to_isin",
    namespace: null,
    method: "convertToIsin",
    summary: "Convert CUSIPs to ISINs",
    description: "Map 9-character US CUSIPs to ISINs.",
    buildRequest: convert_to_isin_request,
    response: envelope(ConvertToIsinItem),
    item: ConvertToIsinItem,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"identifiers","type":"array","required":true,"items":"string","description":"9-character US CUSIPs to convert."}],
  }),
  download_document: defineOperation({
    name: "download_document",
    path: "/api/v1/download_document",
    namespace: null,
    method: "downloadDocument",
    summary: "Download a document",
    description: "Fetch the file behind a key returned by muni_documents (file_id for the original, text_file_id for extracted text). Returns the raw file bytes, not the JSON data/total envelope.",
    buildRequest: download_document_request,
    response: binaryResponse,
    item: null,
    consumesQuota: false,
    paginated: false,
    hasLimit: false,
    isinField: null,
    bodyIsArray: false,
    acceptsCsv: false,
    fields: [{"name":"file_id","type":"string","required":true,"description":"Document key from muni_documents (file_id or text_file_id)."}],
  }),
} as const;

/** Every operation name the API has, in spec order. */
export const operationNames = ["bond_search","bond_reference","bond_pricing_latest","bond_pricing_history","bond_cashflows","inflation_factors","agency_search","agency_reference","agency_pricing_latest","agency_pricing_history","agency_cashflows","muni_search","muni_entity_search","muni_reference","muni_pricing_latest","muni_pricing_history","muni_pricing_daily_history","muni_price_to_yield","muni_cashflows","muni_documents","muni_bonds_in_series","muni_events","muni_stats_trade_activity","muni_stats_top_issuers","convert_to_isin","download_document"] as const;

