/**
 * The Terrapin API client: `createTerrapinClient`, its types, the rate-limit and quota pieces, and the header
 * parser. Internals (transport, retry loop, batching) are not exported.
 */
export { createTerrapinClient } from './client';
export type { TerrapinDocument } from './document';
export type {
  TerrapinCallInfo,
  TerrapinCallObserver,
  TerrapinCallResult,
  TerrapinHooks,
  TerrapinLogger,
  TerrapinRequestInfo,
  TerrapinResponseInfo,
  TerrapinRetryInfo,
} from './hooks';
export type { TerrapinLogLevel } from './logging';
export {
  MemoryQuotaStore,
  type MemoryQuotaStoreOptions,
  type QuotaPeriodMap,
} from './memory-quota-store';
export { MemoryRateLimitStore } from './memory-rate-limit-store';
export type { RequestOptions, TerrapinClientOptions } from './options';
export type { SearchAllOptions } from './paginate';
export { type QuotaEstimate, QuotaLedger, type QuotaLedgerOptions } from './quota-ledger';
export { parseRateLimitHeaders, type RateLimitInfo } from './rate-limit-headers';
export type {
  QuotaReservation,
  QuotaStore,
  RateLimitObservation,
  RateLimitPolicy,
  RateLimitSlot,
  RateLimitStore,
} from './stores';
export type {
  CsvRequestOptions,
  JsonRequestOptions,
  OperationMethod,
  SearchAllMethod,
  TerrapinClient,
  TerrapinCsvResult,
  TerrapinNamespace,
  TerrapinNamespaceClient,
  TerrapinQuota,
  TerrapinResponse,
  TerrapinResult,
  TerrapinTopLevelMethods,
} from './types';
export { SDK_VERSION } from './version';
