import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisStores, type RedisStores } from '../src/redis/index';
import { callOp, proxyApp } from './helpers/app';
import { clearPrefix, probeRedis, REDIS_URL, requireRedis, uniquePrefix } from './helpers/redis';
import { type StubUpstream, startStubUpstream } from './helpers/stub-upstream';

const available = await probeRedis();
const A = 'US0378331005';
const B = 'US5949181045';
const C = 'US4592001014';

describe.skipIf(!available)(
  'terrapinProxy on Redis stores (two apps in one process, separate connections)',
  () => {
    let upstream: StubUpstream;
    const prefix = uniquePrefix('proxy');
    const opened: RedisStores[] = [];
    const stores = () => {
      const s = createRedisStores({ url: REDIS_URL, prefix });
      opened.push(s);
      return s;
    };

    beforeAll(async () => {
      await requireRedis();
      upstream = await startStubUpstream();
    });
    afterAll(async () => {
      await Promise.all(opened.map((s) => s.close()));
      await upstream?.close();
      if (!upstream) return;
      await clearPrefix(prefix);
    });

    const twoApps = (options: Parameters<typeof proxyApp>[1]) =>
      [
        proxyApp(upstream.url, { ...options, stores: stores() }).app,
        proxyApp(upstream.url, { ...options, stores: stores() }).app,
      ] as const;
    const identify = (req: { get(name: string): string | undefined }) => req.get('x-user');

    it('share the per-user rate', async () => {
      const [one, two] = twoApps({
        allow: ['bond_reference'],
        identify,
        userRateLimit: { limit: 2, windowMs: 60_000 },
        cache: false,
      });
      const alice = { 'x-user': 'alice-rate' };
      expect((await callOp(one, 'bond_reference', { isins: [A] }, alice)).status).toBe(200);
      expect((await callOp(two, 'bond_reference', { isins: [A] }, alice)).status).toBe(200);
      const refused = await callOp(one, 'bond_reference', { isins: [A] }, alice);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });

    it('share the per-user monthly ISIN budget', async () => {
      const [one, two] = twoApps({
        allow: ['bond_reference'],
        identify,
        userMonthlyIsinBudget: 2,
        cache: false,
      });
      const bob = { 'x-user': 'bob-budget' };
      expect((await callOp(one, 'bond_reference', { isins: [A, B] }, bob)).status).toBe(200);
      expect((await callOp(two, 'bond_reference', { isins: [B] }, bob)).status).toBe(200);
      expect((await callOp(two, 'bond_reference', { isins: [C] }, bob)).status).toBe(403);
    });

    it('share the response cache', async () => {
      const [one, two] = twoApps({ allow: ['muni_reference'] });
      expect((await callOp(one, 'muni_reference', { isins: [C] })).headers['x-terrapin-cache']).toBe('miss');
      expect((await callOp(two, 'muni_reference', { isins: [C] })).headers['x-terrapin-cache']).toBe('hit');
    });
  },
);
