import { createClient } from 'redis';
import type { TerrapinStores } from '../stores/terrapin-stores';
import { RedisCacheStore } from './redis-cache-store';
import { RedisQuotaStore } from './redis-quota-store';
import { RedisRateLimitStore } from './redis-rate-limit-store';
import type { RedisScriptClient } from './redis-scripts';
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
       * Longest wait for one Redis command, queued ones included: while Redis is down, requests fail after this
       * rather than hang (node-redis keeps reconnecting in the background).
       * @default 5_000
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
  const prefix = options.prefix ?? 'terrapin:';
  let client: RedisScriptClient;
  let close: () => Promise<void> = async () => {};
  if (options.client) {
    client = options.client;
  } else {
    const created = createClient({
      url: options.url,
      commandOptions: { timeout: options.commandTimeoutMs ?? 5_000 },
    });
    const onError =
      options.onError ??
      ((error: Error) => console.error(`[terrapin] Redis connection error: ${redactUrl(error.message)}`));
    // node-redis emits 'error' on every failed (re)connect; without a listener Node would crash the process.
    created.on('error', onError);
    // Commands issued before the socket is up wait in node-redis's offline queue, so nothing awaits this here.
    const connecting = created.connect().catch(onError);
    client = created as unknown as RedisScriptClient;
    close = async () => {
      // While (re)connecting, `connect()` may never settle: a graceful close would wait forever, so drop it.
      if (created.isReady) await created.close();
      else if (created.isOpen) created.destroy();
      await connecting;
    };
  }
  return {
    rateLimit: new RedisRateLimitStore({ client, prefix }),
    quota: new RedisQuotaStore({ client, prefix }),
    cache: new RedisCacheStore({ client, prefix, maxEntries: options.maxCacheEntries }),
    userRateLimit: new RedisUserRateLimitStore({ client, prefix }),
    userQuota: new RedisQuotaStore({ client, prefix: `${prefix}user:` }),
    close,
  };
}

// A Redis URL may carry a password (redis://:secret@host); connection errors must not print it.
function redactUrl(text: string): string {
  return text.replace(/\/\/[^/@\s]*@/g, '//[REDACTED]@');
}
