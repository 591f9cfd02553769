import type { QuotaStore } from './stores';

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
}
