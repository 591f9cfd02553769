/**
 * `@terrapin/express-middleware`: `req.terrapin`, a safe backend-for-frontend proxy for browsers, an error handler
 * that never leaks the key, and the store interfaces for shared state (Redis stores: `./redis`).
 * @packageDocumentation
 */
export type { TerrapinClientSource } from './client-source';
export type { ErrorReportingOptions, TerrapinErrorEvent } from './errors/error-event';
export { SAFE_DETAILS, type SafeErrorResponse, toSafeErrorResponse } from './errors/safe-error-response';
export { SharedStateUnavailableError } from './errors/shared-state-error';
export { type TerrapinErrorHandlerOptions, terrapinErrorHandler } from './errors/terrapin-error-handler';
export type {
  ProxyCacheOptions,
  TerrapinProxyOptions,
  TerrapinProxyOwnOptions,
  UserRateLimitOptions,
} from './proxy/proxy-options';
export { DEFAULT_CACHED_OPERATIONS } from './proxy/response-cache';
export type { TerrapinProxyStatus } from './proxy/status-route';
export { terrapinProxy } from './proxy/terrapin-proxy';
export type { UserLimitsStatus } from './proxy/user-limits';
export { type CacheStore, MemoryCacheStore, type MemoryCacheStoreOptions } from './stores/cache-store';
export type { TerrapinStores } from './stores/terrapin-stores';
export { MemoryUserQuotaStore, type MemoryUserQuotaStoreOptions } from './stores/user-quota-store';
export {
  MemoryUserRateLimitStore,
  type MemoryUserRateLimitStoreOptions,
  type UserRateLimitDecision,
  type UserRateLimitRule,
  type UserRateLimitStore,
} from './stores/user-rate-limit-store';
export { getTerrapin, type TerrapinMiddlewareOptions, terrapin } from './terrapin';
