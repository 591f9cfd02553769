import { randomUUID } from 'node:crypto';
import type {
  UserRateLimitDecision,
  UserRateLimitRule,
  UserRateLimitStore,
} from '../stores/user-rate-limit-store';
import {
  DEFAULT_KEY_PREFIX,
  RedisScript,
  type RedisScriptClient,
  type RedisStoreOptions,
  toArray,
  toInteger,
} from './redis-scripts';

// Sliding log: the request times still inside the window, at most `limit` of them; a refused request is not added.
const HIT = new RedisScript(`
local now = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local n = redis.call('ZCARD', KEYS[1])
if n >= limit then
  local oldest = redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')
  return {0, 0, math.max(1, math.floor(tonumber(oldest[2]) + window - now))}
end
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], window)
local first = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {1, limit - n - 1, math.max(1, math.floor(tonumber(first[2]) + window - now))}
`);

/** Options for {@link RedisUserRateLimitStore}. */
export type RedisUserRateLimitStoreOptions = RedisStoreOptions;

/** The proxy's per-user request rate on Redis, shared by every server process. */
export class RedisUserRateLimitStore implements UserRateLimitStore {
  readonly #client: RedisScriptClient;
  readonly #prefix: string;

  constructor(options: RedisUserRateLimitStoreOptions) {
    this.#client = options.client;
    this.#prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
  }

  async hit(key: string, rule: UserRateLimitRule, now: number): Promise<UserRateLimitDecision> {
    const reply = toArray(
      await HIT.run(this.#client, {
        keys: [`${this.#prefix}user-rate:${key}`],
        arguments: [
          String(Math.floor(now)),
          String(rule.limit),
          String(Math.ceil(rule.windowMs)),
          randomUUID(),
        ],
      }),
    );
    return {
      allowed: toInteger(reply[0]) === 1,
      remaining: toInteger(reply[1]),
      resetMs: toInteger(reply[2]),
    };
  }
}
