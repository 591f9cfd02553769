import { createHash } from 'node:crypto';
import type { OperationName } from '@terrapin/core';
import { type CacheStore, MemoryCacheStore } from '../stores/cache-store';
import type { ProxyCacheOptions } from './proxy-options';

/**
 * Operations cached by default: answers that describe a bond rather than a market, and so change rarely — reference
 * records, projected cash-flow schedules, the bonds of a series, the list of a bond's documents and CUSIP→ISIN.
 * Prices, trades, searches, events and statistics are never cached by default (they move), nor documents' bytes.
 */
export const DEFAULT_CACHED_OPERATIONS: readonly OperationName[] = Object.freeze([
  'bond_reference',
  'agency_reference',
  'muni_reference',
  'bond_cashflows',
  'agency_cashflows',
  'muni_cashflows',
  'muni_bonds_in_series',
  'muni_documents',
  'convert_to_isin',
]);

/** The proxy's view of a {@link CacheStore}: which operations, for how long, and under which key. */
export class ResponseCache {
  readonly #store: CacheStore;
  readonly #ttlMs: number;
  readonly #operations: ReadonlySet<string>;

  constructor(options: ProxyCacheOptions, store: CacheStore | undefined) {
    this.#store = store ?? new MemoryCacheStore({ maxEntries: options.maxEntries ?? 500 });
    this.#ttlMs = options.ttlMs ?? 600_000;
    this.#operations = new Set(options.operations ?? DEFAULT_CACHED_OPERATIONS);
  }

  /** Whether answers of `operation` are cached. `download_document` never is: its bytes are streamed. */
  caches(operation: string): boolean {
    return operation !== 'download_document' && this.#operations.has(operation);
  }

  /**
   * The key of a validated body: the operation plus a hash of the body with its object keys sorted, so
   * `{"a":1,"b":2}` and `{"b":2,"a":1}` share an entry. (The body is already normalised: ISINs trimmed and
   * upper-cased by the contract's validation.)
   */
  key(operation: string, body: unknown): string {
    const digest = createHash('sha256').update(stableJson(body)).digest('base64url');
    return `${operation}:${digest}`;
  }

  /** The cached body, or `undefined` (also when the store fails: the cache must never fail a request). */
  async get(key: string): Promise<string | undefined> {
    try {
      return await this.#store.get(key);
    } catch {
      return undefined;
    }
  }

  async set(key: string, body: string): Promise<void> {
    try {
      await this.#store.set(key, body, this.#ttlMs);
    } catch {
      // Same as above: a failed write only costs a later miss.
    }
  }
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)));
  });
}
