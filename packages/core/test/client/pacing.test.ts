import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  MemoryRateLimitStore,
  parseRateLimitHeaders,
  type RateLimitInfo,
  TerrapinAbortError,
} from '../../src/index';
import { testClient } from './helpers/fixtures';
import { ok, type Reply, startServer, type TestServer } from './helpers/server';

let server: TestServer;
afterEach(() => server?.close());

/** A server enforcing `limit` requests per rolling `windowMs`, like the API (CONTRACT.md §4). */
function rollingWindow(limit: number, windowMs: number) {
  const arrivals: number[] = [];
  const stats = { tooMany: 0, served: 0 };
  const handler = (): Reply => {
    const now = Date.now();
    while (arrivals.length > 0 && arrivals[0]! <= now - windowMs) arrivals.shift();
    const reset = arrivals.length > 0 ? Math.ceil((arrivals[0]! + windowMs - now) / 1000) : 0;
    const policy = `${limit};w=${windowMs / 1000}`;
    if (arrivals.length >= limit) {
      stats.tooMany += 1;
      return {
        status: 429,
        headers: {
          'retry-after': String(reset),
          'ratelimit-policy': policy,
          ratelimit: `limit=${limit}, remaining=0, reset=${reset}`,
        },
        body: { errors: [{ detail: 'Rate limit exceeded' }] },
      };
    }
    arrivals.push(now);
    stats.served += 1;
    return ok([], {
      headers: {
        'ratelimit-policy': policy,
        ratelimit: `limit=${limit}, remaining=${limit - arrivals.length}, reset=${Math.max(1, reset)}`,
      },
    });
  };
  return { handler, stats };
}

describe('pacing', () => {
  it('50 calls fired at once under a 5-per-second policy meet zero 429s', { timeout: 30_000 }, async () => {
    const { handler, stats } = rollingWindow(5, 1_000);
    server = await startServer(handler);
    const client = testClient(server.url, { pacing: true, maxRetries: 0 });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => client.inflationFactors({ country: 'US' })),
    );
    expect(results).toHaveLength(50);
    expect(stats).toEqual({ tooMany: 0, served: 50 });
    expect(client.rateLimit?.policy).toEqual({ limit: 5, windowMs: 1000 });
  });

  it('a storm from two clients of one key on a stalling event loop still meets zero 429s', {
    timeout: 30_000,
  }, async () => {
    const { handler, stats } = rollingWindow(5, 1_000);
    server = await startServer(handler);
    // Two clients of one key sharing a store, as two proxy instances in one process do: one server window.
    const store = new MemoryRateLimitStore();
    const options = { pacing: true, maxRetries: 0, rateLimitStore: store, rateLimitKey: 'stalls' } as const;
    const clients = [testClient(server.url, options), testClient(server.url, options)];
    await Promise.all(clients.map((client) => client.inflationFactors({ country: 'US' })));
    // Long tasks, as a busy machine or a heavy render gives: timers due during one fire up to 150 ms late, while
    // those due after it fire on time, so two sends a window apart can land inside one window.
    const stalls = setInterval(() => {
      const until = performance.now() + 150;
      while (performance.now() < until);
    }, 230);
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => clients[i % 2]!.inflationFactors({ country: 'US' })),
      );
      expect(results).toHaveLength(20);
    } finally {
      clearInterval(stalls);
    }
    expect(stats).toEqual({ tooMany: 0, served: 22 });
  });

  it('without pacing the same burst is refused (the test server really enforces its window)', async () => {
    const { handler, stats } = rollingWindow(5, 1_000);
    server = await startServer(handler);
    const client = testClient(server.url, { pacing: false, maxRetries: 0 });
    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, () => client.inflationFactors({ country: 'US' })),
    );
    expect(settled.filter((s) => s.status === 'rejected').length).toBe(15);
    expect(stats.tooMany).toBe(15);
  });

  it('lets one probe through until the first answer names the policy', async () => {
    server = await startServer(() => ({ ...ok([]), delayMs: 60 }));
    const client = testClient(server.url, { pacing: true });
    await Promise.all([1, 2, 3].map(() => client.inflationFactors({ country: 'FR' })));
    const [first, second, third] = server.requests.map((r) => r.at);
    expect(second! - first!).toBeGreaterThanOrEqual(55);
    expect(Math.abs(third! - second!)).toBeLessThan(50);
  });

  it('a 429 pauses the shared store for the retry-after wait', async () => {
    const store = new MemoryRateLimitStore();
    const pause = vi.spyOn(store, 'pauseUntil');
    server = await startServer((_, i) =>
      i === 0
        ? { status: 429, headers: { 'retry-after-ms': '80' }, body: { errors: [{ detail: 'Too many' }] } }
        : ok([]),
    );
    const client = testClient(server.url, { pacing: true, rateLimitStore: store, rateLimitKey: 'k1' });
    const before = Date.now();
    await client.inflationFactors({ country: 'IT' });
    expect(pause).toHaveBeenCalledTimes(1);
    const [key, until] = pause.mock.calls[0]!;
    expect(key).toBe('k1');
    expect(until).toBeGreaterThanOrEqual(before + 80);
  });

  it('an abort while queued by the limiter rejects at once and sends nothing', async () => {
    const store = new MemoryRateLimitStore();
    await store.pauseUntil('k2', Date.now() + 60_000);
    server = await startServer(() => ok([]));
    const client = testClient(server.url, { pacing: true, rateLimitStore: store, rateLimitKey: 'k2' });
    const error = await client
      .inflationFactors({ country: 'US' }, { signal: AbortSignal.timeout(30) })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinAbortError);
    expect(server.requests).toHaveLength(0);
  });

  it('the default rate-limit key is a fingerprint, never the key', async () => {
    const store = new MemoryRateLimitStore();
    const reserve = vi.spyOn(store, 'reserve');
    server = await startServer(() => ok([]));
    await testClient(server.url, { pacing: true, rateLimitStore: store }).inflationFactors({ country: 'ES' });
    expect(reserve.mock.calls[0]![0]).toMatch(/^tpk-sha256:[0-9a-f]{32}$/);
  });
});

describe('parseRateLimitHeaders', () => {
  const parse = (h: Record<string, string>) => parseRateLimitHeaders(new Headers(h));
  const info = (
    limit: number | null,
    remaining: number | null,
    resetSeconds: number | null,
    policy: RateLimitInfo['policy'] = null,
  ) => ({
    limit,
    remaining,
    resetMs: resetSeconds === null ? null : resetSeconds * 1000,
    policy,
  });

  it.each([
    [{ ratelimit: 'limit=100, remaining=42, reset=23' }, info(100, 42, 23)],
    [{ ratelimit: '  limit = 100 ,remaining=42,  reset=23, foo=bar ' }, info(100, 42, 23)],
    [{ ratelimit: 'remaining=0;reset=5;limit=5' }, info(5, 0, 5)],
    [
      { ratelimit: '"default";r=42;t=23', 'ratelimit-policy': '"default";q=100;w=60' },
      info(100, 42, 23, { limit: 100, windowMs: 60_000 }),
    ],
    [{ 'ratelimit-policy': '100;w=60' }, info(100, null, null, { limit: 100, windowMs: 60_000 })],
    [{ 'ratelimit-policy': '10;w=1, 100;w=60' }, info(10, null, null, { limit: 10, windowMs: 1000 })],
    [{ 'ratelimit-limit': '100', 'ratelimit-remaining': '7', 'ratelimit-reset': '9' }, info(100, 7, 9)],
    [{ 'x-ratelimit-remaining': '3' }, info(null, 3, null)],
  ])('%o', (headers, expected) => {
    expect(parse(headers)).toEqual(expected);
  });

  it('returns null without rate-limit headers or with garbage', () => {
    expect(parse({})).toBeNull();
    expect(parse({ ratelimit: 'nonsense, remaining=abc' })).toBeNull();
  });

  it('reads every value afresh, however many distinct ones a server sends, and repeats stay the same', () => {
    // Parses are remembered per header value (bounded): a remembered one must never answer for another value.
    for (let round = 0; round < 2; round++) {
      for (let remaining = 0; remaining < 300; remaining++) {
        const headers = { ratelimit: `limit=300, remaining=${remaining}, reset=${remaining % 7}` };
        expect(parse(headers)).toEqual(info(300, remaining, remaining % 7));
      }
    }
    const long = `limit=5, remaining=4, reset=1, ${'x=1, '.repeat(100)}`;
    expect(parse({ ratelimit: long })).toEqual(info(5, 4, 1));
    expect(parse({ ratelimit: long })).toEqual(info(5, 4, 1));
  });
});

describe('MemoryRateLimitStore', () => {
  const policy = { limit: 3, windowMs: 1_000 };

  it('hands out at most `limit` slots per rolling window, first come first served', async () => {
    const store = new MemoryRateLimitStore();
    const slots = [];
    for (let i = 0; i < 7; i++) slots.push(await store.reserve('k', policy, 10_000));
    expect(slots).toEqual([10_000, 10_000, 10_000, 11_000, 11_000, 11_000, 12_000]);
  });

  it('waits for the reset once the server says remaining has run out', async () => {
    const store = new MemoryRateLimitStore();
    await store.observe('k', { limit: 100, remaining: 1, resetMs: 5_000, policy: null, observedAt: 1_000 });
    const unlimited = { limit: 1_000, windowMs: 1_000 };
    expect(await store.reserve('k', unlimited, 1_000)).toBe(1_000);
    expect(await store.reserve('k', unlimited, 1_001)).toBe(6_000);
    // An older observation arriving late does not replace the newer one.
    await store.observe('k', { limit: 100, remaining: 99, resetMs: 5_000, policy: null, observedAt: 500 });
    expect(await store.reserve('k', unlimited, 1_002)).toBe(6_000);
  });

  it("goes by its own sends, not the server's rounded-up reset, when they are what the server counted", async () => {
    const window = { limit: 2, windowMs: 1_000 };
    const mine = new MemoryRateLimitStore();
    await mine.reserve('k', window, 10_000);
    await mine.reserve('k', window, 10_000);
    // The server counted those two: its window frees at 11 000, which its whole-second `reset` rounds up to 11 010.
    await mine.observe('k', { limit: 2, remaining: 0, resetMs: 1_000, policy: window, observedAt: 10_010 });
    expect(await mine.reserve('k', window, 10_020)).toBe(11_000);

    // Someone else spent the key (our sends do not fill the window): the full reset holds.
    const fresh = new MemoryRateLimitStore();
    await fresh.observe('k', { limit: 2, remaining: 0, resetMs: 1_000, policy: window, observedAt: 10_010 });
    expect(await fresh.reserve('k', window, 10_020)).toBe(11_010);

    // Our sends fill the window but free it long before the server says: it counts more than ours; believe it.
    const shared = new MemoryRateLimitStore();
    await shared.reserve('k', window, 10_000);
    await shared.reserve('k', window, 10_000);
    await shared.observe('k', { limit: 2, remaining: 0, resetMs: 3_000, policy: window, observedAt: 10_010 });
    expect(await shared.reserve('k', window, 10_020)).toBe(13_010);
  });

  it('a second caller reserving under a shorter window does not erase slots the first window still counts', async () => {
    const store = new MemoryRateLimitStore();
    const minute = { limit: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++) await store.reserve('k', minute, 10_000 + i);
    // A fresh client that has not learned the policy yet reserves under a short "unlimited" window...
    await store.reserve('k', { limit: Number.MAX_SAFE_INTEGER, windowMs: 1_000 }, 20_000);
    // ...and the minute-window caller must still count the first three sends.
    expect(await store.reserve('k', minute, 21_000)).toBeGreaterThanOrEqual(70_001);
  });

  it('a released slot stops holding back later reservations and stops counting against remaining', async () => {
    const store = new MemoryRateLimitStore();
    const one = { limit: 1, windowMs: 1_000 };
    const [a, b, c] = [
      await store.reserve('r', one, 10_000),
      await store.reserve('r', one, 10_000),
      await store.reserve('r', one, 10_000),
    ];
    expect([a, b, c]).toEqual([10_000, 11_000, 12_000]);
    await store.release('r', { sendAt: c!, reservedAt: 10_000 });
    await store.release('r', { sendAt: b!, reservedAt: 10_000 });
    // The send at 10 000 still counts; the two that were never sent do not.
    expect(await store.reserve('r', one, 10_000)).toBe(11_000);

    const wide = { limit: 100, windowMs: 60_000 };
    await store.observe('s', { limit: 100, remaining: 1, resetMs: 7_000, policy: null, observedAt: 1_000 });
    const first = await store.reserve('s', wide, 1_000);
    expect(await store.reserve('s', wide, 1_000)).toBe(8_000);
    await store.release('s', { sendAt: 8_000, reservedAt: 1_000 });
    await store.release('s', { sendAt: first, reservedAt: 1_000 });
    expect(await store.reserve('s', wide, 1_000)).toBe(1_000);
  });

  it('pauseUntil holds every reservation of that key only', async () => {
    const store = new MemoryRateLimitStore();
    await store.pauseUntil('a', 5_000);
    expect(await store.reserve('a', policy, 1_000)).toBe(5_000);
    expect(await store.reserve('b', policy, 1_000)).toBe(1_000);
  });
});
