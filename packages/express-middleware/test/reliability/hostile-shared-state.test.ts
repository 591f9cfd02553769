// Shared state under hostile conditions (issue 14 #16, #17): the budget guard across two processes on one Redis, and
// Redis going away. Uses the shared Redis only under a unique prefix; the Redis this file kills is its own, started
// on a random port.
import { type ChildProcess, spawn } from 'node:child_process';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStores, type RedisStores } from '../../src/redis/index';
import { callOp, proxyApp } from '../helpers/app';
import { CANARY_KEY, remember } from '../helpers/canary';
import { ensureBuilt } from '../helpers/ensure-built';
import { freePort } from '../helpers/listen';
import {
  clearPrefix,
  connectRedis,
  probeRedis,
  REDIS_URL,
  requireRedis,
  uniquePrefix,
} from '../helpers/redis';
import { type Instance, spawnInstance } from '../helpers/spawn-instance';
import { type StubUpstream, startStubUpstream } from '../helpers/stub-upstream';
import { isins } from './helpers/isins';

const available = await probeRedis();
const print = (text: string) => process.stdout.write(`${text}\n`);

/** A redis-server of this test alone, on `port`; resolves once it accepts connections. */
async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (data: Buffer) => {
      out += data.toString();
      if (out.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${out}`)));
  });
  return child;
}

const stopRedis = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });

const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
};

describe('#17 Redis down', () => {
  let upstream: StubUpstream;
  beforeAll(async () => {
    upstream = await startStubUpstream();
  });
  afterAll(() => upstream.close());

  it('answers a 503 "shared state unavailable" with retry-after within 1 s, naming Redis in the event', async () => {
    const stores = createRedisStores({ url: `redis://127.0.0.1:${await freePort()}`, onError: () => {} });
    const { app, events } = proxyApp(upstream.url, { allow: ['bond_reference', 'bond_search'], stores });
    try {
      const times: number[] = [];
      // bond_reference is cached (cache lookup, then pacing); bond_search is not.
      for (const [operation, body] of [
        ['bond_reference', { isins: isins(1) }],
        ['bond_search', { countries: ['Italy'] }],
        ['bond_reference', { isins: isins(1, 5) }],
      ] as const) {
        const [res, ms] = await timed(() => callOp(app, operation, body));
        times.push(ms);
        expect(res.status).toBe(503);
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.body.errors[0].detail).toMatch(/shared state/i);
      }
      print(
        `[redis-down] answer times while Redis is unreachable: ${times.map((t) => `${Math.round(t)} ms`).join(', ')}`,
      );
      expect(Math.max(...times)).toBeLessThan(1_000);
      expect(events.every((e) => e.status === 503 && /Redis/.test(e.summary))).toBe(true);
      expect(upstream.requests).toHaveLength(0);
    } finally {
      await stores.close();
    }
  });

  it("whenUnavailable: 'allow' carries on without shared pacing and budgets; the cache is a miss", async () => {
    const stores = createRedisStores({
      url: `redis://127.0.0.1:${await freePort()}`,
      onError: () => {},
      whenUnavailable: { pacing: 'allow', budgets: 'allow' },
    });
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      stores,
      monthlyIsinBudget: 10,
      identify: () => 'kim',
      userRateLimit: { limit: 5, windowMs: 60_000 },
      userMonthlyIsinBudget: 5,
    });
    try {
      const res = await callOp(app, 'bond_reference', { isins: isins(2) });
      expect(res.status).toBe(200);
      expect(res.headers['x-terrapin-cache']).toBe('miss');
    } finally {
      await stores.close();
    }
  });

  it.skipIf(!available)(
    'recovers without a restart when Redis comes back',
    async () => {
      const port = await freePort();
      let redis = await startRedis(port);
      const stores = createRedisStores({ url: `redis://127.0.0.1:${port}`, onError: () => {} });
      const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], stores, cache: false });
      try {
        expect((await callOp(app, 'bond_reference', { isins: isins(1) })).status).toBe(200);
        await stopRedis(redis);
        const [down, ms] = await timed(() => callOp(app, 'bond_reference', { isins: isins(1) }));
        expect(down.status).toBe(503);
        expect(ms).toBeLessThan(1_000);
        redis = await startRedis(port);
        const back = Date.now();
        let status = 0;
        while (status !== 200 && Date.now() - back < 10_000) {
          status = (await callOp(app, 'bond_reference', { isins: isins(1) })).status;
          if (status !== 200) await new Promise((r) => setTimeout(r, 50));
        }
        print(
          `[redis-down] killed Redis: 503 in ${Math.round(ms)} ms; back to 200 ${Date.now() - back} ms after Redis returned`,
        );
        expect(status).toBe(200);
      } finally {
        await stores.close();
        await stopRedis(redis);
      }
    },
    30_000,
  );
});

describe.skipIf(!available)('#16 the budget guard across two processes on one Redis', () => {
  const ROUNDS = 100;
  const BUDGET = 20;
  let upstream: StubUpstream;
  let a: Instance;
  let b: Instance;
  let stores: RedisStores | undefined;
  const prefix = uniquePrefix('budget-race');

  beforeAll(async () => {
    await requireRedis();
    ensureBuilt();
    upstream = await startStubUpstream();
    const env = {
      UPSTREAM_URL: upstream.url,
      REDIS_URL,
      STORE_PREFIX: prefix,
      TERRAPIN_TEST_KEY: CANARY_KEY,
      MONTHLY_ISIN_BUDGET: String(BUDGET),
    };
    [a, b] = await Promise.all([spawnInstance('A', env), spawnInstance('B', env)]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await upstream?.close();
    await stores?.close();
    await clearPrefix(prefix);
  });

  it(`${ROUNDS} rounds of four simultaneous 6-new-ISIN calls against 20 with 14 used: no overrun`, async () => {
    const redis = await connectRedis();
    const now = new Date();
    const key = `${prefix}quota:${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    let overruns = 0;
    let passed = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        await redis.del(key);
        await redis.sAdd(key, isins(14, 900_000));
        const calls = [a, b, a, b].map((instance, i) =>
          request(instance.url)
            .post('/api/terrapin/bond_reference')
            .send({ isins: isins(6, round * 100 + i * 10) })
            .then(remember),
        );
        const statuses = (await Promise.all(calls)).map((r) => r.status);
        const ok = statuses.filter((s) => s === 200).length;
        passed += ok;
        if ((await redis.sCard(key)) > BUDGET || ok > 1) overruns++;
        expect(statuses.every((s) => s === 200 || s === 403)).toBe(true);
      }
    } finally {
      await redis.close();
    }
    print(
      `[budget-race] ${ROUNDS} rounds through two processes: ${overruns} overruns, ${passed} calls passed`,
    );
    expect(overruns).toBe(0);
    expect(passed).toBe(ROUNDS);
  }, 120_000);
});
