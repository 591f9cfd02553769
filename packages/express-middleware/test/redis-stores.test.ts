import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RedisCacheStore,
  RedisQuotaStore,
  RedisRateLimitStore,
  RedisUserRateLimitStore,
} from '../src/redis/index';
import { connectRedis, deletePrefix, probeRedis, type TestRedis, uniquePrefix } from './helpers/redis';

const available = await probeRedis();

describe.skipIf(!available)('Redis stores', () => {
  let redis: TestRedis;
  const prefix = uniquePrefix('stores');

  beforeAll(async () => {
    redis = await connectRedis();
  });
  afterAll(async () => {
    if (!redis) return;
    await deletePrefix(redis, prefix);
    await redis.close();
  });

  describe('RedisRateLimitStore', () => {
    it('never grants more than limit slots in any window, even to concurrent reservers on separate connections', async () => {
      const second = await connectRedis();
      try {
        const stores = [
          new RedisRateLimitStore({ client: redis, prefix }),
          new RedisRateLimitStore({ client: second, prefix }),
        ];
        const policy = { limit: 5, windowMs: 1_000 };
        const now = Date.now();
        const slots = await Promise.all(
          Array.from({ length: 17 }, (_, i) => stores[i % 2]!.reserve('window', policy, now)),
        );
        slots.sort((a, b) => a - b);
        expect(new Set(slots).size).toBeLessThanOrEqual(17);
        for (let i = policy.limit; i < slots.length; i++) {
          // The (i)th and (i-limit)th sends are at least one window apart: no window holds limit + 1 sends.
          expect(slots[i]! - slots[i - policy.limit]!).toBeGreaterThanOrEqual(policy.windowMs);
        }
        expect(slots.slice(0, 5)).toEqual([now, now, now, now, now]);
        expect(slots[5]).toBe(now + 1_000);
      } finally {
        await second.close();
      }
    });

    it('holds reservations until a pause set after a 429 ends, and never moves a pause earlier', async () => {
      const store = new RedisRateLimitStore({ client: redis, prefix });
      const now = Date.now();
      await store.pauseUntil('pause', now + 5_000);
      await store.pauseUntil('pause', now + 1_000);
      expect(await store.reserve('pause', { limit: 100, windowMs: 60_000 }, now)).toBe(now + 5_000);
    });

    it("waits for the server's reset once its remaining count is used up by later reservations", async () => {
      const store = new RedisRateLimitStore({ client: redis, prefix });
      const now = Date.now();
      const policy = { limit: 100, windowMs: 60_000 };
      await store.observe('seen', { limit: 100, remaining: 2, resetMs: 7_000, policy, observedAt: now });
      // An older view arriving late is ignored.
      await store.observe('seen', { limit: 100, remaining: 90, resetMs: 1, policy, observedAt: now - 10 });
      expect(await store.reserve('seen', policy, now)).toBe(now);
      expect(await store.reserve('seen', policy, now)).toBe(now);
      expect(await store.reserve('seen', policy, now)).toBe(now + 7_000);
    });

    it("goes by its own slots, not the server's rounded-up reset, when they are what the server counted", async () => {
      const store = new RedisRateLimitStore({ client: redis, prefix });
      const now = Date.now();
      const window = { limit: 2, windowMs: 1_000 };
      await store.reserve('own', window, now);
      await store.reserve('own', window, now);
      // The server counted two sends: its window frees at now + 1 000, which its whole-second `reset` rounds up.
      const spent = { limit: 2, remaining: 0, resetMs: 1_000, policy: window, observedAt: now + 10 };
      await store.observe('own', spent);
      expect(await store.reserve('own', window, now + 20)).toBe(now + 1_000);
      // Without slots of our own filling the window, someone else spent the key: the full reset holds.
      await store.observe('other', spent);
      expect(await store.reserve('other', window, now + 20)).toBe(now + 1_010);
    });

    it('a released slot stops holding back later reservations and stops counting against remaining', async () => {
      const store = new RedisRateLimitStore({ client: redis, prefix });
      const now = Date.now();
      const policy = { limit: 1, windowMs: 1_000 };
      const [a, b, c] = [
        await store.reserve('release', policy, now),
        await store.reserve('release', policy, now),
        await store.reserve('release', policy, now),
      ];
      expect([a, b, c]).toEqual([now, now + 1_000, now + 2_000]);
      await store.release('release', { sendAt: c!, reservedAt: now });
      await store.release('release', { sendAt: b!, reservedAt: now });
      expect(await store.reserve('release', policy, now)).toBe(now + 1_000);

      const wide = { limit: 100, windowMs: 60_000 };
      await store.observe('released-seen', {
        limit: 100,
        remaining: 1,
        resetMs: 7_000,
        policy: wide,
        observedAt: now,
      });
      const first = await store.reserve('released-seen', wide, now);
      expect(await store.reserve('released-seen', wide, now)).toBe(now + 7_000);
      await store.release('released-seen', { sendAt: now + 7_000, reservedAt: now });
      await store.release('released-seen', { sendAt: first, reservedAt: now });
      expect(await store.reserve('released-seen', wide, now)).toBe(now);
    });

    it('keeps slots reserved under the real policy when a fresh process probes with an unlimited one', async () => {
      const store = new RedisRateLimitStore({ client: redis, prefix });
      const now = Date.now();
      const policy = { limit: 2, windowMs: 10_000 };
      await store.reserve('probe', policy, now);
      await store.reserve('probe', policy, now);
      await store.reserve('probe', { limit: Number.MAX_SAFE_INTEGER, windowMs: 1_000 }, now + 2_000);
      expect(await store.reserve('probe', policy, now + 2_000)).toBe(now + 10_000);
    });
  });

  describe('RedisQuotaStore', () => {
    it('counts each ISIN once per period and answers has/count/list', async () => {
      const store = new RedisQuotaStore({ client: redis, prefix });
      expect(await store.add('2026-11', ['US0378331005', 'US5949181045'])).toBe(2);
      expect(await store.add('2026-11', ['US0378331005', 'DE0001102580'])).toBe(1);
      expect(await store.add('2026-12', ['US0378331005'])).toBe(1);
      expect(await store.has('2026-11', ['DE0001102580', 'XS0000000009'])).toEqual([true, false]);
      expect(await store.count('2026-11')).toBe(3);
      expect(await store.list('2026-11')).toEqual(['DE0001102580', 'US0378331005', 'US5949181045']);
      expect(await store.add('2026-11', [])).toBe(0);
    });

    it('expires a month ~40 days after it ends', async () => {
      const store = new RedisQuotaStore({ client: redis, prefix });
      await store.add('2026-12', ['US0378331005']);
      const expireAt = await redis.pExpireTime(`${prefix}quota:2026-12`);
      expect(expireAt).toBe(Date.UTC(2027, 0, 1) + 40 * 86_400_000);
    });
  });

  describe('RedisCacheStore', () => {
    it('returns what was set until the TTL passes', async () => {
      const store = new RedisCacheStore({ client: redis, prefix });
      await store.set('a', '{"data":[],"total":0}', 150);
      expect(await store.get('a')).toBe('{"data":[],"total":0}');
      await new Promise((r) => setTimeout(r, 250));
      expect(await store.get('a')).toBeUndefined();
    });

    it('stays bounded: past maxEntries the entries closest to expiry go first; huge values are not cached', async () => {
      const boundedPrefix = `${prefix}bounded:`;
      const store = new RedisCacheStore({
        client: redis,
        prefix: boundedPrefix,
        maxEntries: 3,
        maxEntryChars: 10,
      });
      for (const [i, key] of ['k1', 'k2', 'k3', 'k4'].entries())
        await store.set(key, key, 10_000 + i * 1_000);
      expect(await store.get('k1')).toBeUndefined();
      expect(await Promise.all(['k2', 'k3', 'k4'].map((k) => store.get(k)))).toEqual(['k2', 'k3', 'k4']);
      await store.set('big', 'x'.repeat(11), 10_000);
      expect(await store.get('big')).toBeUndefined();
    });
  });

  describe('RedisUserRateLimitStore', () => {
    it('allows limit requests per rolling window, refuses the next with the wait, and does not count refusals', async () => {
      const store = new RedisUserRateLimitStore({ client: redis, prefix });
      const rule = { limit: 2, windowMs: 1_000 };
      const now = Date.now();
      expect(await store.hit('alice', rule, now)).toEqual({ allowed: true, remaining: 1, resetMs: 1_000 });
      expect(await store.hit('alice', rule, now + 100)).toEqual({
        allowed: true,
        remaining: 0,
        resetMs: 900,
      });
      expect(await store.hit('alice', rule, now + 200)).toEqual({
        allowed: false,
        remaining: 0,
        resetMs: 800,
      });
      expect(await store.hit('bob', rule, now + 200)).toMatchObject({ allowed: true });
      expect(await store.hit('alice', rule, now + 1_001)).toMatchObject({ allowed: true, remaining: 0 });
    });
  });
});
