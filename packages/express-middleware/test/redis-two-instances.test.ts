import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, remember } from './helpers/canary';
import { ensureBuilt } from './helpers/ensure-built';
import { clearPrefix, probeRedis, REDIS_URL, requireRedis, uniquePrefix } from './helpers/redis';
import { type Instance, spawnInstance } from './helpers/spawn-instance';
import { type StubUpstream, startStubUpstream } from './helpers/stub-upstream';

const available = await probeRedis();
const POLICY = { limit: 3, windowMs: 2000 };
// Requests leave a little after their reserved slot and arrive later still, by varying amounts (a new pooled
// connection, a busy event loop). The count allows for that much; without a shared store the two instances would
// send 2 × limit in the first window, far outside it.
const JITTER_MS = 150;
const X = 'US0378331005';
const Y = 'US5949181045';
const Z = 'US4592001014';

/** What the report shows: one line per test, via stdout (console is captured by the canary check). */
const print = (text: string) => process.stdout.write(`${text}\n`);

describe.skipIf(!available)('two server processes on one Redis (issue 7: a test spawns both)', () => {
  let upstream: StubUpstream;
  let a: Instance;
  let b: Instance;
  const prefix = uniquePrefix('two-instances');

  beforeAll(async () => {
    await requireRedis();
    ensureBuilt();
    upstream = await startStubUpstream({ rateLimit: POLICY, jitterToleranceMs: JITTER_MS });
    const env = {
      UPSTREAM_URL: upstream.url,
      REDIS_URL,
      STORE_PREFIX: prefix,
      TERRAPIN_TEST_KEY: CANARY_KEY,
    };
    [a, b] = await Promise.all([spawnInstance('A', env), spawnInstance('B', env)]);
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await upstream?.close();
    if (!upstream) return;
    await clearPrefix(prefix);
  });

  const post = async (instance: Instance, operation: string, body: unknown) =>
    remember(
      await request(instance.url)
        .post(`/api/terrapin/${operation}`)
        .send(body as object),
    );

  it('share the quota ledger: an ISIN pulled through both counts once', async () => {
    expect((await post(a, 'bond_reference', { isins: [X, Y] })).status).toBe(200);
    expect((await post(b, 'bond_reference', { isins: [Y, Z] })).status).toBe(200);
    const [statusA, statusB] = await Promise.all([
      request(a.url).get('/api/terrapin/_status'),
      request(b.url).get('/api/terrapin/_status'),
    ]);
    expect(statusA.body.quota.used).toBe(3);
    expect(statusB.body.quota.used).toBe(3);
    print(
      `quota ledger: A pulled [X,Y], B pulled [Y,Z] -> used ${statusA.body.quota.used} (A) / ${statusB.body.quota.used} (B)`,
    );
  });

  it('share the response cache: what A fetched, B serves as a hit', async () => {
    const before = upstream.requests.length;
    const fromB = await post(b, 'bond_reference', { isins: [X, Y] });
    expect(fromB.headers['x-terrapin-cache']).toBe('hit');
    expect(upstream.requests.length).toBe(before);
    print(
      `cache: B asked for A's [X,Y] -> x-terrapin-cache: ${fromB.headers['x-terrapin-cache']}, upstream requests unchanged (${before})`,
    );
  });

  it(`share the rate limit: together they send at most ${POLICY.limit} per ${POLICY.windowMs / 1000} s window`, async () => {
    await new Promise((r) => setTimeout(r, POLICY.windowMs + 100)); // start from an empty window
    const start = upstream.requests.length;
    const t0 = Date.now();
    const calls = Array.from({ length: 12 }, (_, i) =>
      post(i % 2 === 0 ? a : b, 'bond_pricing_latest', { isins: [X] }),
    );
    const answers = await Promise.all(calls);
    const statuses = answers.map((r) => r.status);
    expect(statuses).toEqual(Array(12).fill(200)); // paced: no 429 at all
    const arrivals = upstream.requests.slice(start).map((r) => r.at - t0);
    expect(arrivals).toHaveLength(12); // 12 calls, 12 sends: no 429 was retried
    const windowMs = POLICY.windowMs - JITTER_MS;
    let maxInWindow = 0;
    for (const t of arrivals) {
      maxInWindow = Math.max(maxInWindow, arrivals.filter((u) => u >= t && u < t + windowMs).length);
    }
    expect(maxInWindow).toBeLessThanOrEqual(POLICY.limit);
    print(
      `rate limit ${POLICY.limit};w=${POLICY.windowMs / 1000}: 12 calls (6 via A, 6 via B) all 200; upstream arrivals (ms): ` +
        `${arrivals.join(', ')}; most in any ${windowMs} ms window: ${maxInWindow}`,
    );
  }, 30_000);
});
