/**
 * `@terrapin/express-middleware/redis`: Redis-backed stores (node-redis), so several server processes share one rate
 * limit, quota ledger, response cache and per-user counts. A separate entry so apps without Redis never load it.
 * @packageDocumentation
 */
export { type CreateRedisStoresOptions, createRedisStores, type RedisStores } from './create-redis-stores';
export type { RedisUnavailablePolicy } from './fail-open';
export { RedisCacheStore, type RedisCacheStoreOptions } from './redis-cache-store';
export { RedisQuotaStore, type RedisQuotaStoreOptions } from './redis-quota-store';
export { RedisRateLimitStore, type RedisRateLimitStoreOptions } from './redis-rate-limit-store';
export type { RedisScriptArgs, RedisScriptClient, RedisStoreOptions } from './redis-scripts';
export { RedisUserRateLimitStore, type RedisUserRateLimitStoreOptions } from './redis-user-rate-limit-store';
