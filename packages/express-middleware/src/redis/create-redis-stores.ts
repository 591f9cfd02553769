import { createRedactor } from '@terrapin/core/adapter-kit';
import { createClient } from 'redis';
import type { TerrapinStores } from '../stores/terrapin-stores';
import {
  failOpenQuota,
  failOpenRateLimit,
  failOpenUserRateLimit,
  type RedisUnavailablePolicy,
} from './fail-open';
import { RedisCacheStore } from './redis-cache-store';
import { RedisQuotaStore } from './redis-quota-store';
import { RedisRateLimitStore } from './redis-rate-limit-store';
import { DEFAULT_KEY_PREFIX, type RedisScriptClient } from './redis-scripts';
import { RedisUserRateLimitStore } from './redis-user-rate-limit-store';

/** Options for {@link createRedisStores}: give a `client` you own, or a `url` to connect to. */
export type CreateRedisStoresOptions = {
  /**
   * Prefix of every key, so several apps (or test runs) can share one Redis.
   * @default 'terrapin:'
   */
  prefix?: string;
  /**
   * Most entries in the shared response cache.
   * @default 10_000
   */
  maxCacheEntries?: number;
  /**
   * What pacing and budgets do while Redis is unreachable (the cache always degrades to a miss).
   * @default { pacing: 'fail', budgets: 'fail' }: a fast 503 "shared state unavailable" with `retry-after`
   */
  whenUnavailable?: RedisUnavailablePolicy;
} & (
  | {
      /** A node-redis client; call `client.connect()` yourself. You also close it. */
      client: RedisScriptClient;
      url?: never;
      onError?: never;
      commandTimeoutMs?: never;
    }
  | {
      /** A Redis URL, e.g. `redis://127.0.0.1:6379`; a client is created and connected on first use. */
      url: string;
      client?: never;
      /**
       * Longest wait for one Redis command. While the connection is down, commands fail at once (no offline queue)
       * and node-redis keeps reconnecting in the background; this bounds a Redis that is connected but stalled.
       * @default 500
       */
      commandTimeoutMs?: number;
      /**
       * Called with connection errors of the created client (node-redis reconnects by itself meanwhile).
       * @default logs one line with console.error
       */
      onError?: (error: Error) => void;
    }
);

/** The stores {@link createRedisStores} returns, plus `close()` for the client it created from a URL. */
export interface RedisStores extends Required<TerrapinStores> {
  /** Closes the connection when the stores created it from `url`; does nothing for a client you passed. */
  close(): Promise<void>;
}

/**
 * Every store the middleware uses, on one Redis, so several server processes share one rate limit, one quota ledger,
 * one response cache and one count per user. Pass the result to `terrapinProxy({ stores })`.
 * @example
 * import { createRedisStores } from '@terrapin/express-middleware/redis';
 * const stores = createRedisStores({ url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix: 'myapp:' });
 * app.use('/api/terrapin', terrapinProxy({ allow: ['bond_reference'], stores }));
 */
export function createRedisStores(options: CreateRedisStoresOptions): RedisStores {
  const prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
  let client: RedisScriptClient;
  let close: () => Promise<void> = async () => {};
  if (options.client) {
    client = options.client;
  } else {
    const timeoutMs = options.commandTimeoutMs ?? 500;
    const created = createClient({
      url: options.url,
      // While Redis is down, fail each command at once instead of queueing it until the timeout (issue 14 #17:
      // callers waited 5–10 s for a 500). Reconnection goes on in the background, so recovery needs no restart.
      disableOfflineQueue: true,
      commandOptions: { timeout: timeoutMs },
      socket: { connectTimeout: Math.max(timeoutMs, 1_000) },
    });
    const redact = createRedactor([]);
    const onError =
      options.onError ??
      ((error: Error) =>
        console.error(`[terrapin] Redis connection error: ${redact(error.message || error.name)}`));
    // node-redis emits 'error' on every failed (re)connect; without a listener Node would crash the process.
    created.on('error', onError);
    const connecting = created.connect().catch(onError);
    // Without an offline queue, commands before the first connection would fail: those wait for it, briefly (a
    // local Redis connects in milliseconds; an unreachable one must still be answered well within a second).
    const firstConnect = Promise.race([
      connecting,
      new Promise((resolve) => setTimeout(resolve, Math.min(timeoutMs, 200)).unref()),
    ]);
    const ready = async () => {
      if (!created.isReady) await firstConnect;
    };
    client = {
      async eval(script, args) {
        await ready();
        return created.eval(script, args);
      },
      async evalSha(sha1, args) {
        await ready();
        return created.evalSha(sha1, args);
      },
    };
    close = async () => {
      // While (re)connecting, `connect()` may never settle: a graceful close would wait forever, so drop it.
      if (created.isReady) await created.close();
      else if (created.isOpen) created.destroy();
      await connecting;
    };
  }
  const pacingOpen = options.whenUnavailable?.pacing === 'allow';
  const budgetsOpen = options.whenUnavailable?.budgets === 'allow';
  const rateLimit = new RedisRateLimitStore({ client, prefix });
  const userRateLimit = new RedisUserRateLimitStore({ client, prefix });
  const quota = new RedisQuotaStore({ client, prefix });
  const userQuota = new RedisQuotaStore({ client, prefix: `${prefix}user:` });
  return {
    rateLimit: pacingOpen ? failOpenRateLimit(rateLimit) : rateLimit,
    quota: budgetsOpen ? failOpenQuota(quota) : quota,
    // A cache that cannot be read is a miss (the proxy's response cache already treats any failure so).
    cache: new RedisCacheStore({ client, prefix, maxEntries: options.maxCacheEntries }),
    userRateLimit: pacingOpen ? failOpenUserRateLimit(userRateLimit) : userRateLimit,
    userQuota: budgetsOpen ? failOpenQuota(userQuota) : userQuota,
    close,
  };
}
