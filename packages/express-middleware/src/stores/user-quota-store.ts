import type { QuotaReservation, QuotaStore } from '@terrapin/core';
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
 * The proxy's default per-user ISIN ledger (`userMonthlyIsinBudget`): core's {@link QuotaStore} in memory, one set
 * per `period:user`, in an LRU with a cap, like {@link MemoryUserRateLimitStore}. Each set holds at most the budget,
 * since {@link reserve} refuses past it.
 */
export class MemoryUserQuotaStore implements QuotaStore {
  readonly #sets: LRUCache<string, Set<string>>;

  constructor(options: MemoryUserQuotaStoreOptions = {}) {
    this.#sets = new LRUCache<string, Set<string>>({ max: options.maxUsers ?? 10_000 });
  }

  #set(period: string): Set<string> {
    let set = this.#sets.get(period);
    if (!set) {
      set = new Set();
      this.#sets.set(period, set);
    }
    return set;
  }

  async add(period: string, isins: readonly string[]): Promise<number> {
    const set = this.#set(period);
    const before = set.size;
    for (const isin of isins) set.add(isin);
    return set.size - before;
  }

  async has(period: string, isins: readonly string[]): Promise<boolean[]> {
    const set = this.#sets.get(period);
    return isins.map((isin) => set?.has(isin) ?? false);
  }

  async count(period: string): Promise<number> {
    return this.#sets.get(period)?.size ?? 0;
  }

  async list(period: string): Promise<string[]> {
    return [...(this.#sets.get(period) ?? [])];
  }

  // Synchronous between check and add: the critical section within one process.
  async reserve(period: string, isins: readonly string[], budget: number): Promise<QuotaReservation> {
    const existing = this.#sets.get(period);
    const fresh = [...new Set(isins)].filter((isin) => !existing?.has(isin));
    const used = existing?.size ?? 0;
    if (used + fresh.length > budget) return { ok: false, used, fresh };
    const set = existing ?? this.#set(period);
    for (const isin of fresh) set.add(isin);
    return { ok: true, added: fresh, used: set.size };
  }

  async remove(period: string, isins: readonly string[]): Promise<void> {
    const set = this.#sets.get(period);
    for (const isin of isins) set?.delete(isin);
  }
}
