import type { CacheStore } from '../stores/cache-store';
import {
  DEFAULT_KEY_PREFIX,
  RedisScript,
  type RedisScriptClient,
  type RedisStoreOptions,
} from './redis-scripts';

const GET = new RedisScript(`return redis.call('GET', KEYS[1])`);

// KEYS[1] entry, KEYS[2] index (entry key scored by its expiry). The index keeps the store bounded: past
// `maxEntries`, the entries closest to expiry are dropped first, and expired ones are pruned on every write.
const SET = new RedisScript(`
local ttl = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local max = tonumber(ARGV[4])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
redis.call('ZADD', KEYS[2], now + ttl, KEYS[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local excess = redis.call('ZCARD', KEYS[2]) - max
if excess > 0 then
  local victims = redis.call('ZRANGE', KEYS[2], 0, excess - 1)
  for _, key in ipairs(victims) do redis.call('DEL', key) end
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, excess - 1)
end
local newest = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')
if newest[2] then redis.call('PEXPIREAT', KEYS[2], math.floor(tonumber(newest[2]))) end
return 1
`);

/** Options for {@link RedisCacheStore}. */
export interface RedisCacheStoreOptions extends RedisStoreOptions {
  /**
   * Most entries kept; past it, the entries closest to expiry are evicted.
   * @default 10_000
   */
  maxEntries?: number;
  /**
   * Values longer than this many characters are not cached (one huge body must not fill Redis).
   * @default 2_000_000
   */
  maxEntryChars?: number;
}

/**
 * A {@link CacheStore} on Redis shared by every server process: entries expire by TTL (`PX`) and the store holds at
 * most `maxEntries`.
 */
export class RedisCacheStore implements CacheStore {
  readonly #client: RedisScriptClient;
  readonly #prefix: string;
  readonly #maxEntries: number;
  readonly #maxEntryChars: number;

  constructor(options: RedisCacheStoreOptions) {
    this.#client = options.client;
    this.#prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
    this.#maxEntries = options.maxEntries ?? 10_000;
    this.#maxEntryChars = options.maxEntryChars ?? 2_000_000;
  }

  async get(key: string): Promise<string | undefined> {
    const reply = await GET.run(this.#client, { keys: [this.#entryKey(key)], arguments: [] });
    return typeof reply === 'string' ? reply : undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    if (value.length > this.#maxEntryChars) return;
    await SET.run(this.#client, {
      keys: [this.#entryKey(key), this.#indexKey()],
      arguments: [
        value,
        String(Math.max(1, Math.round(ttlMs))),
        String(Date.now()),
        String(this.#maxEntries),
      ],
    });
  }

  // One hash tag for the entries and their index: the eviction script touches both, so they share a shard.
  #entryKey(key: string): string {
    return `${this.#prefix}{cache}:${key}`;
  }

  #indexKey(): string {
    return `${this.#prefix}{cache}:index`;
  }
}
