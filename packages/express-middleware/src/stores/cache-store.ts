import { LRUCache } from 'lru-cache';

/**
 * Where the proxy keeps cached response bodies. Values are opaque strings (the JSON the proxy sent), so any
 * key-value service fits. Implementations must bound their size and drop entries after `ttlMs`.
 * `MemoryCacheStore` is the default; `RedisCacheStore` (from `@terrapin/express-middleware/redis`) shares one cache
 * between server processes.
 */
export interface CacheStore {
  /** The value stored under `key`, or `undefined` when absent or expired. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key` for `ttlMs` milliseconds (the store may evict it sooner to stay bounded). */
  set(key: string, value: string, ttlMs: number): Promise<void>;
}

/** Options for {@link MemoryCacheStore}. */
export interface MemoryCacheStoreOptions {
  /**
   * Most entries kept; the least recently used go first.
   * @default 500
   */
  maxEntries?: number;
  /**
   * Most characters kept across all entries (a reference response for 100 ISINs is a few hundred kB).
   * @default 50_000_000
   */
  maxChars?: number;
}

/**
 * An in-process, size-bounded LRU cache (lru-cache) with a TTL per entry. One per process: use the Redis store to
 * share a cache between processes.
 * @example new MemoryCacheStore({ maxEntries: 1000 })
 */
export class MemoryCacheStore implements CacheStore {
  readonly #lru: LRUCache<string, string>;

  constructor(options: MemoryCacheStoreOptions = {}) {
    this.#lru = new LRUCache<string, string>({
      max: options.maxEntries ?? 500,
      maxSize: options.maxChars ?? 50_000_000,
      sizeCalculation: (value) => Math.max(1, value.length),
      // Without ttlAutopurge, expired entries are dropped lazily on read or by LRU pressure: cheaper, still bounded.
      ttlAutopurge: false,
    });
  }

  async get(key: string): Promise<string | undefined> {
    return this.#lru.get(key);
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    // lru-cache refuses (silently) an item larger than maxSize, which is what we want: such a body is not cached.
    this.#lru.set(key, value, { ttl: Math.max(1, Math.round(ttlMs)) });
  }
}
