// GENERATED FILE — do not edit. Source: the operations table of @terrapin/core.
// Regenerate: node scripts/generate.mjs (in packages/react-hooks); test/generated.test.ts checks it is fresh.

import { createInfiniteOperationHook } from './use-terrapin-infinite-query';
import { createOperationHook } from './use-terrapin-query';
import { createSuspenseOperationHook } from './use-terrapin-suspense-query';

/**
 * Government and corporate bond search: Find government/corporate bonds matching filters; returns compact rows plus a total count. `POST /api/v1/bond_search`.
 * Same query outside React: `bondSearchOptions(client, params)`.
 */
export const useBondSearch = /* @__PURE__ */ createOperationHook("bond_search");
/** Suspense variant of {@link useBondSearch}: `data` is always defined; errors go to the error boundary. */
export const useBondSearchSuspense = /* @__PURE__ */ createSuspenseOperationHook("bond_search");
/** Paged variant of {@link useBondSearch}: limit/offset pages until `total` (`fetchNextPage`, `hasNextPage`). */
export const useBondSearchInfinite = /* @__PURE__ */ createInfiniteOperationHook("bond_search");

/**
 * Government and corporate reference data: Full reference data for the given government/corporate ISINs. Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/bond_reference`.
 * Same query outside React: `bondReferenceOptions(client, params)`.
 */
export const useBondReference = /* @__PURE__ */ createOperationHook("bond_reference");
/** Suspense variant of {@link useBondReference}: `data` is always defined; errors go to the error boundary. */
export const useBondReferenceSuspense = /* @__PURE__ */ createSuspenseOperationHook("bond_reference");

/**
 * Government and corporate latest pricing data: Most recent end-of-day price/yield/risk figures for each ISIN, optionally as of a given date. Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/bond_pricing_latest`.
 * Same query outside React: `bondPricingLatestOptions(client, params)`.
 */
export const useBondPricingLatest = /* @__PURE__ */ createOperationHook("bond_pricing_latest");
/** Suspense variant of {@link useBondPricingLatest}: `data` is always defined; errors go to the error boundary. */
export const useBondPricingLatestSuspense = /* @__PURE__ */ createSuspenseOperationHook("bond_pricing_latest");

/**
 * Government and corporate historical pricing data: Daily end-of-day pricing series for one ISIN between two dates (inclusive). Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/bond_pricing_history`.
 * Same query outside React: `bondPricingHistoryOptions(client, params)`.
 */
export const useBondPricingHistory = /* @__PURE__ */ createOperationHook("bond_pricing_history");
/** Suspense variant of {@link useBondPricingHistory}: `data` is always defined; errors go to the error boundary. */
export const useBondPricingHistorySuspense = /* @__PURE__ */ createSuspenseOperationHook("bond_pricing_history");

/**
 * Government and corporate cashflow data: Projected interest and principal schedule for each ISIN (fixed or zero rate bonds). Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/bond_cashflows`.
 * Same query outside React: `bondCashflowsOptions(client, params)`.
 */
export const useBondCashflows = /* @__PURE__ */ createOperationHook("bond_cashflows");
/** Suspense variant of {@link useBondCashflows}: `data` is always defined; errors go to the error boundary. */
export const useBondCashflowsSuspense = /* @__PURE__ */ createSuspenseOperationHook("bond_cashflows");

/**
 * Inflation factors: Daily inflation (index-ratio) factors for a country's inflation-linked government bonds over a date range. `POST /api/v1/inflation_factors`.
 * Same query outside React: `inflationFactorsOptions(client, params)`.
 */
export const useInflationFactors = /* @__PURE__ */ createOperationHook("inflation_factors");
/** Suspense variant of {@link useInflationFactors}: `data` is always defined; errors go to the error boundary. */
export const useInflationFactorsSuspense = /* @__PURE__ */ createSuspenseOperationHook("inflation_factors");

/**
 * US agency bond search: Find US agency bonds (Freddie Mac / Fannie Mae) by filters; compact rows plus total. `POST /api/v1/agency_search`.
 * Same query outside React: `agencySearchOptions(client, params)`.
 */
export const useAgencySearch = /* @__PURE__ */ createOperationHook("agency_search");
/** Suspense variant of {@link useAgencySearch}: `data` is always defined; errors go to the error boundary. */
export const useAgencySearchSuspense = /* @__PURE__ */ createSuspenseOperationHook("agency_search");
/** Paged variant of {@link useAgencySearch}: limit/offset pages until `total` (`fetchNextPage`, `hasNextPage`). */
export const useAgencySearchInfinite = /* @__PURE__ */ createInfiniteOperationHook("agency_search");

/**
 * US agency bond reference: Full reference data (incl. call and coupon schedules) for the given US agency ISINs. Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/agency_reference`.
 * Same query outside React: `agencyReferenceOptions(client, params)`.
 */
export const useAgencyReference = /* @__PURE__ */ createOperationHook("agency_reference");
/** Suspense variant of {@link useAgencyReference}: `data` is always defined; errors go to the error boundary. */
export const useAgencyReferenceSuspense = /* @__PURE__ */ createSuspenseOperationHook("agency_reference");

/**
 * US agency latest end of day pricing data: Latest end-of-day pricing for each agency ISIN, optionally as of a date. Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/agency_pricing_latest`.
 * Same query outside React: `agencyPricingLatestOptions(client, params)`.
 */
export const useAgencyPricingLatest = /* @__PURE__ */ createOperationHook("agency_pricing_latest");
/** Suspense variant of {@link useAgencyPricingLatest}: `data` is always defined; errors go to the error boundary. */
export const useAgencyPricingLatestSuspense = /* @__PURE__ */ createSuspenseOperationHook("agency_pricing_latest");

/**
 * US agency historical end of day pricing data: Daily end-of-day pricing for one agency ISIN between two dates. Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/agency_pricing_history`.
 * Same query outside React: `agencyPricingHistoryOptions(client, params)`.
 */
export const useAgencyPricingHistory = /* @__PURE__ */ createOperationHook("agency_pricing_history");
/** Suspense variant of {@link useAgencyPricingHistory}: `data` is always defined; errors go to the error boundary. */
export const useAgencyPricingHistorySuspense = /* @__PURE__ */ createSuspenseOperationHook("agency_pricing_history");

/**
 * US agency cashflow data (inferred): Projected interest/principal schedule per agency ISIN (inferred). Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/agency_cashflows`.
 * Same query outside React: `agencyCashflowsOptions(client, params)`.
 */
export const useAgencyCashflows = /* @__PURE__ */ createOperationHook("agency_cashflows");
/** Suspense variant of {@link useAgencyCashflows}: `data` is always defined; errors go to the error boundary. */
export const useAgencyCashflowsSuspense = /* @__PURE__ */ createSuspenseOperationHook("agency_cashflows");

/**
 * US municipal bond search: Filter the US municipal universe and get back a compact record per bond (the same compact record is used by muni_bonds_in_series). Does not use the data-retrieval ISIN quota (it is metered against the separate search quota, see x-contract-notes). `POST /api/v1/muni_search`.
 * Same query outside React: `muniSearchOptions(client, params)`.
 */
export const useMuniSearch = /* @__PURE__ */ createOperationHook("muni_search");
/** Suspense variant of {@link useMuniSearch}: `data` is always defined; errors go to the error boundary. */
export const useMuniSearchSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_search");
/** Paged variant of {@link useMuniSearch}: limit/offset pages until `total` (`fetchNextPage`, `hasNextPage`). */
export const useMuniSearchInfinite = /* @__PURE__ */ createInfiniteOperationHook("muni_search");

/**
 * Search for municipal bond issuers/entities: Free-text lookup of municipal issuers/obligors ("entities"); the query is matched against entity name, state and counties. Does not use the data-retrieval ISIN quota. `POST /api/v1/muni_entity_search`.
 * Same query outside React: `muniEntitySearchOptions(client, params)`.
 */
export const useMuniEntitySearch = /* @__PURE__ */ createOperationHook("muni_entity_search");
/** Suspense variant of {@link useMuniEntitySearch}: `data` is always defined; errors go to the error boundary. */
export const useMuniEntitySearchSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_entity_search");

/**
 * US municipal bond reference data: Full reference record (terms, schedules, tax flags, parties, classification) for each requested municipal ISIN. Counts against the monthly ISIN quota. The complete field list is documented on the "US municipal bonds" data-dictionary page. Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/muni_reference`.
 * Same query outside React: `muniReferenceOptions(client, params)`.
 */
export const useMuniReference = /* @__PURE__ */ createOperationHook("muni_reference");
/** Suspense variant of {@link useMuniReference}: `data` is always defined; errors go to the error boundary. */
export const useMuniReferenceSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_reference");

/**
 * Municipal latest end of day pricing data: Most recent trade/price for each requested municipal ISIN, optionally as of a past date. Counts against the monthly ISIN quota (pricing data). Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/muni_pricing_latest`.
 * Same query outside React: `muniPricingLatestOptions(client, params)`.
 */
export const useMuniPricingLatest = /* @__PURE__ */ createOperationHook("muni_pricing_latest");
/** Suspense variant of {@link useMuniPricingLatest}: `data` is always defined; errors go to the error boundary. */
export const useMuniPricingLatestSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_pricing_latest");

/**
 * Municipal historical pricing data: All reported trades of one municipal ISIN between two trade dates. Counts against the monthly ISIN quota; the history window depends on the subscription tier (e.g. 1 year on Startup). Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/muni_pricing_history`.
 * Same query outside React: `muniPricingHistoryOptions(client, params)`.
 */
export const useMuniPricingHistory = /* @__PURE__ */ createOperationHook("muni_pricing_history");
/** Suspense variant of {@link useMuniPricingHistory}: `data` is always defined; errors go to the error boundary. */
export const useMuniPricingHistorySuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_pricing_history");

/**
 * Bulk municipal historical pricing data for a given day.: Every reported US municipal trade (all ISINs) for one trade date. One of the newer crawls documents an Accept header (JSON or CSV). `POST /api/v1/muni_pricing_daily_history`.
 * Same query outside React: `muniPricingDailyHistoryOptions(client, params)`.
 */
export const useMuniPricingDailyHistory = /* @__PURE__ */ createOperationHook("muni_pricing_daily_history");
/** Suspense variant of {@link useMuniPricingDailyHistory}: `data` is always defined; errors go to the error boundary. */
export const useMuniPricingDailyHistorySuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_pricing_daily_history");

/**
 * Municipal price to yield conversion: Compute yield-to-maturity and yield-to-call (three compounding conventions each) for municipal ISINs from caller-supplied (price, settlement date) pairs. Several ISINs and several price points per ISIN can be sent in one call. `POST /api/v1/muni_price_to_yield`.
 * Same query outside React: `muniPriceToYieldOptions(client, params)`.
 */
export const useMuniPriceToYield = /* @__PURE__ */ createOperationHook("muni_price_to_yield");
/** Suspense variant of {@link useMuniPriceToYield}: `data` is always defined; errors go to the error boundary. */
export const useMuniPriceToYieldSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_price_to_yield");

/**
 * US municipal bond cashflow data: Projected interest and principal cash-flow schedule for each requested municipal ISIN (amounts per 100 of par). Counts against the monthly ISIN quota. Counts the ISINs against the monthly data quota (CONTRACT.md §5). `POST /api/v1/muni_cashflows`.
 * Same query outside React: `muniCashflowsOptions(client, params)`.
 */
export const useMuniCashflows = /* @__PURE__ */ createOperationHook("muni_cashflows");
/** Suspense variant of {@link useMuniCashflows}: `data` is always defined; errors go to the error boundary. */
export const useMuniCashflowsSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_cashflows");

/**
 * Get documents for a municipal bond: List the documents Terrapin holds for a municipal bond: the bond's official statements, or the continuing-disclosure (EMMA) filings of the bond's obligor. Each item gives file keys to pass to POST /api/v1/download_document. `POST /api/v1/muni_documents`.
 * Same query outside React: `muniDocumentsOptions(client, params)`.
 */
export const useMuniDocuments = /* @__PURE__ */ createOperationHook("muni_documents");
/** Suspense variant of {@link useMuniDocuments}: `data` is always defined; errors go to the error boundary. */
export const useMuniDocumentsSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_documents");

/**
 * Get all municipal bonds in the same series: Given one ISIN, list every municipal bond issued in the same series (siblings, including the input bond). Items use the muni_search compact record. `POST /api/v1/muni_bonds_in_series`.
 * Same query outside React: `muniBondsInSeriesOptions(client, params)`.
 */
export const useMuniBondsInSeries = /* @__PURE__ */ createOperationHook("muni_bonds_in_series");
/** Suspense variant of {@link useMuniBondsInSeries}: `data` is always defined; errors go to the error boundary. */
export const useMuniBondsInSeriesSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_bonds_in_series");

/**
 * US municipal bond events: Life-cycle / corporate-action history of municipal bonds (creation, calls, defeasances, splits, consolidations, ...), one event list per ISIN. `POST /api/v1/muni_events`.
 * Same query outside React: `muniEventsOptions(client, params)`.
 */
export const useMuniEvents = /* @__PURE__ */ createOperationHook("muni_events");
/** Suspense variant of {@link useMuniEvents}: `data` is always defined; errors go to the error boundary. */
export const useMuniEventsSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_events");

/**
 * US municipal bond trade activity statistics: Aggregate secondary-market trade statistics (volume and counts by trade side) for the municipal bonds matching the filters over a trade-date window. `POST /api/v1/muni_stats_trade_activity`.
 * Same query outside React: `muniStatsTradeActivityOptions(client, params)`.
 */
export const useMuniStatsTradeActivity = /* @__PURE__ */ createOperationHook("muni_stats_trade_activity");
/** Suspense variant of {@link useMuniStatsTradeActivity}: `data` is always defined; errors go to the error boundary. */
export const useMuniStatsTradeActivitySuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_stats_trade_activity");

/**
 * Top Issuers: Ranking of municipal issuers over a date range, mixing new-issue and secondary-trading metrics, sorted descending by the chosen metric. Commercial paper and new issues that still lack a final official statement are excluded. New issuance is windowed on each bond's dated date; trade metrics on the trade date. `POST /api/v1/muni_stats_top_issuers`.
 * Same query outside React: `muniStatsTopIssuersOptions(client, params)`.
 */
export const useMuniStatsTopIssuers = /* @__PURE__ */ createOperationHook("muni_stats_top_issuers");
/** Suspense variant of {@link useMuniStatsTopIssuers}: `data` is always defined; errors go to the error boundary. */
export const useMuniStatsTopIssuersSuspense = /* @__PURE__ */ createSuspenseOperationHook("muni_stats_top_issuers");

/**
 * Convert CUSIPs to ISINs: Map 9-character US CUSIPs to ISINs. `POST /api/v1/convert_to_isin`.
 * Same query outside React: `convertToIsinOptions(client, params)`.
 */
export const useConvertToIsin = /* @__PURE__ */ createOperationHook("convert_to_isin");
/** Suspense variant of {@link useConvertToIsin}: `data` is always defined; errors go to the error boundary. */
export const useConvertToIsinSuspense = /* @__PURE__ */ createSuspenseOperationHook("convert_to_isin");
