import type { QuotaReservation, QuotaStore } from './stores';

/** In-process {@link QuotaStore} (the default): one `Set` of ISINs per period. */
export class MemoryQuotaStore implements QuotaStore {
  readonly #periods = new Map<string, Set<string>>();

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

  // No await between the check and the add: in one process that is the critical section.
  async reserve(period: string, isins: readonly string[], budget: number): Promise<QuotaReservation> {
    const set = this.#set(period);
    const fresh = [...new Set(isins)].filter((isin) => !set.has(isin));
    if (set.size + fresh.length > budget) return { ok: false, used: set.size, fresh };
    for (const isin of fresh) set.add(isin);
    return { ok: true, added: fresh, used: set.size };
  }

  async remove(period: string, isins: readonly string[]): Promise<void> {
    const set = this.#periods.get(period);
    for (const isin of isins) set?.delete(isin);
  }
}
