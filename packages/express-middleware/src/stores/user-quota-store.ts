import { MemoryQuotaStore } from '@terrapin/core';
import { LRUCache } from 'lru-cache';

/** Options for {@link MemoryUserQuotaStore}. */
export interface MemoryUserQuotaStoreOptions {
  /**
   * Most user-months tracked at once; the least recently seen are forgotten first, so memory stays bounded however
   * many user ids callers present (issue 14 #5: 40k ids took the heap from 13 to 47 MB). A forgotten user starts the
   * month again from zero: deployments that must hold every budget exactly, or run several processes, use the
   * Redis stores.
   * @default 10_000
   */
  maxUsers?: number;
}

/**
 * The proxy's default per-user ISIN ledger (`userMonthlyIsinBudget`): core's {@link MemoryQuotaStore}, one set per
 * `period:user`, kept in an LRU with a cap like {@link MemoryUserRateLimitStore}. Each set holds at most the
 * budget, since `reserve` refuses past it.
 */
export class MemoryUserQuotaStore extends MemoryQuotaStore {
  constructor(options: MemoryUserQuotaStoreOptions = {}) {
    super({ periods: new LRUCache<string, Set<string>>({ max: options.maxUsers ?? 10_000 }) });
  }
}
