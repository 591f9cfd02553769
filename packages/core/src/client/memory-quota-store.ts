import type { QuotaReservation, QuotaStore } from './stores';

/**
 * Where a {@link MemoryQuotaStore} keeps its sets, one per period key. A `Map` (the default) keeps every period;
 * a bounded map such as `lru-cache`'s `LRUCache` forgets the least recently used keys, which is how the express
 * proxy bounds its per-user ledger.
 */
export interface QuotaPeriodMap {
  /** The ISINs counted in `period` (a month, or `month:user` for per-user budgets), or `undefined` if none. */
  get(period: string): Set<string> | undefined;
  /** Stores the set for `period`; a bounded map may drop its least recently used entry to make room. */
  set(period: string, isins: Set<string>): unknown;
}

/** Options for {@link MemoryQuotaStore}. */
export interface MemoryQuotaStoreOptions {
  /**
   * The map holding one set of ISINs per period key.
   * @default new Map()
   */
  periods?: QuotaPeriodMap;
}

/**
 * In-process {@link QuotaStore} (the default): one `Set` of ISINs per period. Every method runs without an `await`
 * between reading and writing a set, so within one process each is atomic; several processes share a ledger
 * through a shared store (the express package's Redis stores).
 */
export class MemoryQuotaStore implements QuotaStore {
  readonly #periods: QuotaPeriodMap;

  constructor(options: MemoryQuotaStoreOptions = {}) {
    this.#periods = options.periods ?? new Map<string, Set<string>>();
  }

  #set(period: string): Set<string> {
    let set = this.#periods.get(period);
    if (!set) {
      set = new Set();
      this.#periods.set(period, set);
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
    const set = this.#periods.get(period);
    return isins.map((isin) => set?.has(isin) ?? false);
  }

  async count(period: string): Promise<number> {
    return this.#periods.get(period)?.size ?? 0;
  }

  async list(period: string): Promise<string[]> {
    return [...(this.#periods.get(period) ?? [])];
  }

  // No await between the check and the add: in one process that is the critical section. A refused reservation
  // creates no set, so callers refused at once (a hostile stream of new user ids) cost no memory.
  async reserve(period: string, isins: readonly string[], budget: number): Promise<QuotaReservation> {
    const existing = this.#periods.get(period);
    const fresh = [...new Set(isins)].filter((isin) => !existing?.has(isin));
    const used = existing?.size ?? 0;
    if (used + fresh.length > budget) return { ok: false, used, fresh };
    const set = existing ?? this.#set(period);
    for (const isin of fresh) set.add(isin);
    return { ok: true, added: fresh, used: set.size };
  }

  async remove(period: string, isins: readonly string[]): Promise<void> {
    const set = this.#periods.get(period);
    for (const isin of isins) set?.delete(isin);
  }
}
