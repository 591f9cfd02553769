import type { QuotaStore, RateLimitStore } from '@terrapin/core';
import type { CacheStore } from './cache-store';
import type { UserRateLimitStore } from './user-rate-limit-store';

/**
 * Every piece of shared state the middleware keeps. Each one defaults to an in-memory store (one process); give all
 * of them from `createRedisStores()` to share them between processes.
 */
export interface TerrapinStores {
  /** The core client's limiter state: one rolling-window budget for the server's API key. */
  rateLimit?: RateLimitStore;
  /** The core client's quota ledger: distinct ISINs pulled this month by everyone. */
  quota?: QuotaStore;
  /** The proxy's response cache. */
  cache?: CacheStore;
  /** Each user's request count (`userRateLimit` option of the proxy). */
  userRateLimit?: UserRateLimitStore;
  /** Each user's distinct ISINs this month (`userMonthlyIsinBudget` option of the proxy). */
  userQuota?: QuotaStore;
}
