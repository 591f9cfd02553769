import { randomUUID } from 'node:crypto';
import type { RateLimitObservation, RateLimitPolicy, RateLimitSlot, RateLimitStore } from '@terrapin/core';
import {
  DEFAULT_KEY_PREFIX,
  RedisScript,
  type RedisScriptClient,
  type RedisStoreOptions,
  toInteger,
} from './redis-scripts';

// Mirrors core's MemoryRateLimitStore, with the state in four keys so every process sees the same:
// KEYS[1] a sorted set of reserved send times, KEYS[2] the "not before" time (429 pauses), KEYS[3] the server's
// last `ratelimit` view plus the reservations made since, KEYS[4] the longest window any reserver has used. A slot
// goes no earlier than now, the pause, the latest slot (so slots stay ordered and a rolling window only needs the
// limit-th latest one), the limit-th latest slot + window, and the server's reset when its `remaining` is used up
// and our own slots do not explain it (core's pacedSendTime).
// One script, so reservers in several processes get distinct slots and never exceed `limit` sends per window (the
// contract in core's stores.ts).
const RESERVE = new RedisScript(`
local now = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local window = tonumber(ARGV[3])
local longest = tonumber(redis.call('GET', KEYS[4]) or '0')
if window > longest then longest = window end
local t = now
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > t then t = paused end
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
if last[2] and tonumber(last[2]) > t then t = tonumber(last[2]) end
local obs = redis.call('HMGET', KEYS[3], 'remaining', 'resetAt', 'reserved')
local remaining, resetAt = tonumber(obs[1]), tonumber(obs[2])
local serverReset = nil
if remaining and resetAt and t < resetAt and remaining - tonumber(obs[3] or '0') <= 0 then serverReset = resetAt end
-- Slots are kept for the longest window any reserver used, not only the latest \`limit\`: a probe sent before its
-- process knew the policy reserves under a tiny window and must not drop slots a longer window still counts, and a
-- released slot (issue 14 item 1) must not uncover a send that a count-based trim had already forgotten.
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - longest)
local n = redis.call('ZCARD', KEYS[1])
local free = nil
if n >= limit then
  local kth = redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')
  free = tonumber(kth[2]) + window
end
-- \`reset\` is whole seconds rounded up: when our own slots free one inside the second before the server's reset,
-- they are what it counted, so go by them; otherwise someone else spends this key and the full reset holds.
if serverReset and not (free and free > serverReset - 1000) then free = serverReset end
if free and free > t then t = free end
redis.call('ZADD', KEYS[1], t, ARGV[4])
-- Memory bound per key, as in core: no real policy needs more.
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -10001)
local ttl = math.floor(t - now + longest + 1000)
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
redis.call('SET', KEYS[4], longest, 'PX', ttl)
if redis.call('EXISTS', KEYS[3]) == 1 then redis.call('HINCRBY', KEYS[3], 'reserved', 1) end
return t
`);

// Gives back a slot nobody sent (its caller aborted, or the wait was refused): one member at that send time leaves
// the set (equal times are interchangeable), so it no longer counts in the window or holds later reservations
// back; and it stops counting against the server's last `remaining` if it was made after that view.
const RELEASE = new RedisScript(`
local found = redis.call('ZRANGEBYSCORE', KEYS[1], ARGV[1], ARGV[1], 'LIMIT', 0, 1)
if not found[1] then return 0 end
redis.call('ZREM', KEYS[1], found[1])
local obs = redis.call('HMGET', KEYS[2], 'at', 'reserved')
local at, reserved = tonumber(obs[1]), tonumber(obs[2] or '0')
if at and reserved and reserved > 0 and at <= tonumber(ARGV[2]) then
  redis.call('HINCRBY', KEYS[2], 'reserved', -1)
end
return 1
`);

// Responses of concurrent requests arrive out of order: an older view must not replace a newer one.
const OBSERVE = new RedisScript(`
local at = tonumber(ARGV[1])
local current = tonumber(redis.call('HGET', KEYS[1], 'at') or '-1')
if current > at then return 0 end
redis.call('DEL', KEYS[1])
redis.call('HSET', KEYS[1], 'at', ARGV[1], 'reserved', 0)
if ARGV[2] ~= '' and ARGV[3] ~= '' then
  redis.call('HSET', KEYS[1], 'remaining', ARGV[2], 'resetAt', ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`);

// Moves the "not before" time later, never earlier.
const PAUSE = new RedisScript(`
local untilMs = tonumber(ARGV[1])
local now = tonumber(ARGV[2])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if untilMs > current and untilMs > now then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', math.floor(untilMs - now))
end
return 1
`);

/** Options for {@link RedisRateLimitStore}. */
export type RedisRateLimitStoreOptions = RedisStoreOptions;

/**
 * Core's {@link RateLimitStore} on Redis: every process that points at the same Redis and `rateLimitKey` shares one
 * rolling-window budget, so together they never send more than the policy allows.
 * @example
 * const client = await createClient({ url: process.env.REDIS_URL }).connect();
 * createTerrapinClient({ rateLimitStore: new RedisRateLimitStore({ client }) });
 */
export class RedisRateLimitStore implements RateLimitStore {
  readonly #client: RedisScriptClient;
  readonly #prefix: string;

  constructor(options: RedisRateLimitStoreOptions) {
    this.#client = options.client;
    this.#prefix = options.prefix ?? DEFAULT_KEY_PREFIX;
  }

  async reserve(key: string, policy: RateLimitPolicy, now: number): Promise<number> {
    const limit = Math.max(1, Math.floor(policy.limit));
    const reply = await RESERVE.run(this.#client, {
      keys: this.#keys(key),
      arguments: [String(Math.floor(now)), String(limit), String(Math.ceil(policy.windowMs)), randomUUID()],
    });
    return toInteger(reply);
  }

  async release(key: string, slot: RateLimitSlot): Promise<void> {
    const [slots, , observed] = this.#keys(key);
    await RELEASE.run(this.#client, {
      keys: [slots, observed],
      arguments: [String(slot.sendAt), String(Math.floor(slot.reservedAt))],
    });
  }

  async observe(key: string, observation: RateLimitObservation): Promise<void> {
    const { remaining, resetMs, observedAt } = observation;
    // The view matters until the server's reset; a minute more keeps "is this view newer?" answerable.
    const keepMs = Math.max(0, resetMs ?? 0) + 60_000;
    await OBSERVE.run(this.#client, {
      keys: [this.#keys(key)[2]],
      arguments: [
        String(Math.floor(observedAt)),
        remaining === null ? '' : String(remaining),
        resetMs === null ? '' : String(Math.ceil(observedAt + resetMs)),
        String(Math.ceil(keepMs)),
      ],
    });
  }

  async pauseUntil(key: string, untilEpochMs: number): Promise<void> {
    await PAUSE.run(this.#client, {
      keys: [this.#keys(key)[1]],
      arguments: [String(Math.ceil(untilEpochMs)), String(Date.now())],
    });
  }

  // The braces are a Redis Cluster hash tag: all three keys of one budget land on the same shard.
  #keys(key: string): [string, string, string, string] {
    const base = `${this.#prefix}rl:{${key}}`;
    return [`${base}:slots`, `${base}:pause`, `${base}:observed`, `${base}:window`];
  }
}
