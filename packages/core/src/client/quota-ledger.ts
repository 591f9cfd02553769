import { MemoryQuotaStore } from './memory-quota-store';
import type { QuotaReservation, QuotaStore } from './stores';

/** What a call would cost against the monthly distinct-ISIN quota. */
export interface QuotaEstimate {
  /** ISINs not yet counted this period (they would count). */
  new: number;
  /** ISINs already counted this period (free to pull again: CONTRACT.md §5). */
  alreadyCounted: number;
  /** The new ISINs themselves, normalised. */
  newIsins: string[];
}

/** Options of {@link QuotaLedger}. */
export interface QuotaLedgerOptions {
  /**
   * Where the per-period ISIN sets live. Use a shared store (file, Redis) when several processes use one key.
   * @default new MemoryQuotaStore()
   */
  store?: QuotaStore;
  /**
   * Clock, injectable for tests.
   * @default () => new Date()
   */
  now?: () => Date | number;
}

function normalise(isins: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const isin of isins) {
    const n = String(isin).trim().toUpperCase();
    if (n) out.add(n);
  }
  return [...out];
}

/**
 * Counts the distinct ISINs pulled per billing month (CONTRACT.md §5: the API counts each ISIN once per month and
 * reports nothing, so an SDK can only count itself). Periods are UTC calendar months labelled `YYYY-MM`.
 * @example
 * const ledger = new QuotaLedger();
 * await ledger.record(['US0378331005']);
 * await ledger.estimate(['US0378331005', 'US5949181045']); // { new: 1, alreadyCounted: 1, newIsins: ['US5949181045'] }
 */
export class QuotaLedger {
  readonly store: QuotaStore;
  readonly #now: () => Date | number;

  constructor(options: QuotaLedgerOptions = {}) {
    this.store = options.store ?? new MemoryQuotaStore();
    this.#now = options.now ?? (() => new Date());
  }

  /** The billing period label (`YYYY-MM`, UTC) of `at` (default: now). */
  period(at: Date | number = this.#now()): string {
    const d = new Date(at);
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  }

  /** Counts ISINs as pulled in the current period; resolves to how many were new. */
  async record(isins: Iterable<string>): Promise<number> {
    const list = normalise(isins);
    return list.length === 0 ? 0 : this.store.add(this.period(), list);
  }

  /** How many of `isins` would count against this period's quota. Sends nothing. */
  async estimate(isins: Iterable<string>): Promise<QuotaEstimate> {
    const list = normalise(isins);
    const counted = list.length === 0 ? [] : await this.store.has(this.period(), list);
    const newIsins = list.filter((_, i) => !counted[i]);
    return { new: newIsins.length, alreadyCounted: list.length - newIsins.length, newIsins };
  }

  /**
   * Counts `isins` only if that keeps this period within `budget`, in one atomic step of the store (so concurrent
   * calls, in this process or others on a shared store, can never pass it together). Stores without `reserve` fall
   * back to check-then-add. `added` are the ISINs this reservation counted: {@link release} the ones not charged.
   */
  async reserve(isins: Iterable<string>, budget: number): Promise<QuotaReservation> {
    const list = normalise(isins);
    const period = this.period();
    if (this.store.reserve) return this.store.reserve(period, list, budget);
    const counted = list.length === 0 ? [] : await this.store.has(period, list);
    const fresh = list.filter((_, i) => !counted[i]);
    const used = await this.store.count(period);
    if (used + fresh.length > budget) return { ok: false, used, fresh };
    if (fresh.length > 0) await this.store.add(period, fresh);
    return { ok: true, added: fresh, used: used + fresh.length };
  }

  /** Un-counts ISINs that a {@link reserve} added but the upstream did not charge (the call failed, or no row). */
  async release(isins: Iterable<string>): Promise<void> {
    const list = normalise(isins);
    if (list.length === 0 || !this.store.remove) return;
    await this.store.remove(this.period(), list);
  }

  /** Distinct ISINs counted this period. */
  async used(): Promise<number> {
    return this.store.count(this.period());
  }

  /** The ISINs counted this period. */
  async list(): Promise<string[]> {
    return this.store.list(this.period());
  }
}
