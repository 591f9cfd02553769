// GENERATED FILE — do not edit. Source: the operations table of @terrapin/core.
// Regenerate: node scripts/generate.mjs (in packages/react-hooks); test/generated.test.ts checks it is fresh.

import { createInfiniteOperationOptions, createOperationOptions } from './create-operation-options';

/** The universe (second query-key segment) of each operation. */
export interface OperationUniverses {
  bond_search: "bonds";
  bond_reference: "bonds";
  bond_pricing_latest: "bonds";
  bond_pricing_history: "bonds";
  bond_cashflows: "bonds";
  inflation_factors: "general";
  agency_search: "agency";
  agency_reference: "agency";
  agency_pricing_latest: "agency";
  agency_pricing_history: "agency";
  agency_cashflows: "agency";
  muni_search: "munis";
  muni_entity_search: "munis";
  muni_reference: "munis";
  muni_pricing_latest: "munis";
  muni_pricing_history: "munis";
  muni_pricing_daily_history: "munis";
  muni_price_to_yield: "munis";
  muni_cashflows: "munis";
  muni_documents: "munis";
  muni_bonds_in_series: "munis";
  muni_events: "munis";
  muni_stats_trade_activity: "munis";
  muni_stats_top_issuers: "munis";
  convert_to_isin: "general";
  download_document: "general";
}

/** Searches paged with limit/offset, which get infinite-query variants. */
export type PaginatedOperationName = "bond_search" | "agency_search" | "muni_search";

/** Query options for `bond_search` (Government and corporate bond search): `useQuery(bondSearchOptions(client, params))`, SSR prefetch, loaders. */
export const bondSearchOptions = /* @__PURE__ */ createOperationOptions("bond_search");
/** Infinite-query options for `bond_search`, limit/offset pages until `total`. */
export const bondSearchInfiniteOptions = /* @__PURE__ */ createInfiniteOperationOptions("bond_search");

/** Query options for `bond_reference` (Government and corporate reference data): `useQuery(bondReferenceOptions(client, params))`, SSR prefetch, loaders. */
export const bondReferenceOptions = /* @__PURE__ */ createOperationOptions("bond_reference");

/** Query options for `bond_pricing_latest` (Government and corporate latest pricing data): `useQuery(bondPricingLatestOptions(client, params))`, SSR prefetch, loaders. */
export const bondPricingLatestOptions = /* @__PURE__ */ createOperationOptions("bond_pricing_latest");

/** Query options for `bond_pricing_history` (Government and corporate historical pricing data): `useQuery(bondPricingHistoryOptions(client, params))`, SSR prefetch, loaders. */
export const bondPricingHistoryOptions = /* @__PURE__ */ createOperationOptions("bond_pricing_history");

/** Query options for `bond_cashflows` (Government and corporate cashflow data): `useQuery(bondCashflowsOptions(client, params))`, SSR prefetch, loaders. */
export const bondCashflowsOptions = /* @__PURE__ */ createOperationOptions("bond_cashflows");

/** Query options for `inflation_factors` (Inflation factors): `useQuery(inflationFactorsOptions(client, params))`, SSR prefetch, loaders. */
export const inflationFactorsOptions = /* @__PURE__ */ createOperationOptions("inflation_factors");

/** Query options for `agency_search` (US agency bond search): `useQuery(agencySearchOptions(client, params))`, SSR prefetch, loaders. */
export const agencySearchOptions = /* @__PURE__ */ createOperationOptions("agency_search");
/** Infinite-query options for `agency_search`, limit/offset pages until `total`. */
export const agencySearchInfiniteOptions = /* @__PURE__ */ createInfiniteOperationOptions("agency_search");

/** Query options for `agency_reference` (US agency bond reference): `useQuery(agencyReferenceOptions(client, params))`, SSR prefetch, loaders. */
export const agencyReferenceOptions = /* @__PURE__ */ createOperationOptions("agency_reference");

/** Query options for `agency_pricing_latest` (US agency latest end of day pricing data): `useQuery(agencyPricingLatestOptions(client, params))`, SSR prefetch, loaders. */
export const agencyPricingLatestOptions = /* @__PURE__ */ createOperationOptions("agency_pricing_latest");

/** Query options for `agency_pricing_history` (US agency historical end of day pricing data): `useQuery(agencyPricingHistoryOptions(client, params))`, SSR prefetch, loaders. */
export const agencyPricingHistoryOptions = /* @__PURE__ */ createOperationOptions("agency_pricing_history");

/** Query options for `agency_cashflows` (US agency cashflow data (inferred)): `useQuery(agencyCashflowsOptions(client, params))`, SSR prefetch, loaders. */
export const agencyCashflowsOptions = /* @__PURE__ */ createOperationOptions("agency_cashflows");

/** Query options for `muni_search` (US municipal bond search): `useQuery(muniSearchOptions(client, params))`, SSR prefetch, loaders. */
export const muniSearchOptions = /* @__PURE__ */ createOperationOptions("muni_search");
/** Infinite-query options for `muni_search`, limit/offset pages until `total`. */
export const muniSearchInfiniteOptions = /* @__PURE__ */ createInfiniteOperationOptions("muni_search");

/** Query options for `muni_entity_search` (Search for municipal bond issuers/entities): `useQuery(muniEntitySearchOptions(client, params))`, SSR prefetch, loaders. */
export const muniEntitySearchOptions = /* @__PURE__ */ createOperationOptions("muni_entity_search");

/** Query options for `muni_reference` (US municipal bond reference data): `useQuery(muniReferenceOptions(client, params))`, SSR prefetch, loaders. */
export const muniReferenceOptions = /* @__PURE__ */ createOperationOptions("muni_reference");

/** Query options for `muni_pricing_latest` (Municipal latest end of day pricing data): `useQuery(muniPricingLatestOptions(client, params))`, SSR prefetch, loaders. */
export const muniPricingLatestOptions = /* @__PURE__ */ createOperationOptions("muni_pricing_latest");

/** Query options for `muni_pricing_history` (Municipal historical pricing data): `useQuery(muniPricingHistoryOptions(client, params))`, SSR prefetch, loaders. */
export const muniPricingHistoryOptions = /* @__PURE__ */ createOperationOptions("muni_pricing_history");

/** Query options for `muni_pricing_daily_history` (Bulk municipal historical pricing data for a given day.): `useQuery(muniPricingDailyHistoryOptions(client, params))`, SSR prefetch, loaders. */
export const muniPricingDailyHistoryOptions = /* @__PURE__ */ createOperationOptions("muni_pricing_daily_history");

/** Query options for `muni_price_to_yield` (Municipal price to yield conversion): `useQuery(muniPriceToYieldOptions(client, params))`, SSR prefetch, loaders. */
export const muniPriceToYieldOptions = /* @__PURE__ */ createOperationOptions("muni_price_to_yield");

/** Query options for `muni_cashflows` (US municipal bond cashflow data): `useQuery(muniCashflowsOptions(client, params))`, SSR prefetch, loaders. */
export const muniCashflowsOptions = /* @__PURE__ */ createOperationOptions("muni_cashflows");

/** Query options for `muni_documents` (Get documents for a municipal bond): `useQuery(muniDocumentsOptions(client, params))`, SSR prefetch, loaders. */
export const muniDocumentsOptions = /* @__PURE__ */ createOperationOptions("muni_documents");

/** Query options for `muni_bonds_in_series` (Get all municipal bonds in the same series): `useQuery(muniBondsInSeriesOptions(client, params))`, SSR prefetch, loaders. */
export const muniBondsInSeriesOptions = /* @__PURE__ */ createOperationOptions("muni_bonds_in_series");

/** Query options for `muni_events` (US municipal bond events): `useQuery(muniEventsOptions(client, params))`, SSR prefetch, loaders. */
export const muniEventsOptions = /* @__PURE__ */ createOperationOptions("muni_events");

/** Query options for `muni_stats_trade_activity` (US municipal bond trade activity statistics): `useQuery(muniStatsTradeActivityOptions(client, params))`, SSR prefetch, loaders. */
export const muniStatsTradeActivityOptions = /* @__PURE__ */ createOperationOptions("muni_stats_trade_activity");

/** Query options for `muni_stats_top_issuers` (Top Issuers): `useQuery(muniStatsTopIssuersOptions(client, params))`, SSR prefetch, loaders. */
export const muniStatsTopIssuersOptions = /* @__PURE__ */ createOperationOptions("muni_stats_top_issuers");

/** Query options for `convert_to_isin` (Convert CUSIPs to ISINs): `useQuery(convertToIsinOptions(client, params))`, SSR prefetch, loaders. */
export const convertToIsinOptions = /* @__PURE__ */ createOperationOptions("convert_to_isin");
