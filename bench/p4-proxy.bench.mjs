// P4 (issue 10): the backend-for-frontend. (a) A 1-ISIN bond_reference through `terrapinProxy` (cache off, so
// every call goes upstream) by a keyless client, vs the same call made directly with the client; goal ≤ 1.25×.
// (b) Cache hit vs miss: time spent inside the proxy app (request arrival → response finished) for a repeated
// call vs a first call; goal: hit ≥ 20× faster (hit/miss ≤ 0.05). The same pair measured end to end, as the
// browser sees it (one HTTP hop included in both), is reported without a goal.
import { setImmediate as tick } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { importBuilt } from './lib/packages.mjs';
import { startMock, startProxy } from './lib/servers.mjs';
import { nowMs } from './lib/stats.mjs';

const CALLS = 200;
const WARM_UP = 50;
const RUNS = 5;
const ALLOW = ['bond_reference'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timed(body) {
  const start = nowMs();
  const result = await body();
  if (result.data.length !== 1) throw new Error('P4: expected one row');
  return nowMs() - start;
}

/** The in-app time of the request just answered (its 'finish' may land a tick after the client has the body). */
async function lastHandling(proxy, expectedCount) {
  while (proxy.handlingMs.length < expectedCount) await tick();
  return proxy.handlingMs[expectedCount - 1];
}

export const scenario = {
  id: 'P4',
  title: 'proxy (terrapinProxy) vs direct; cache hit vs miss',
  needs: ['core', 'mock-server', 'express-middleware'],
  runs: RUNS,
  figures: [
    {
      key: 'proxied',
      name: 'P4 bonds.reference through the proxy (cache off) vs direct',
      unit: 'ms',
      goal: { op: '<=', value: 1.25, of: 'ratio' },
    },
    {
      key: 'hit',
      name: 'P4 proxy cache hit vs miss, time in the proxy (hit/miss)',
      unit: 'ms',
      goal: { op: '<=', value: 0.05, of: 'ratio' },
    },
    {
      key: 'hitEndToEnd',
      name: 'P4 proxy cache hit vs miss, end to end (info)',
      unit: 'ms',
      goal: null,
    },
  ],
  async setup() {
    const { createTerrapinClient } = await importBuilt('core');
    const mock = await startMock();
    const direct = createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.url });
    const pool = [];
    for await (const row of direct.bonds.searchAll({ include_non_outstanding: true }, { pageSize: 1000, maxItems: 2000 })) pool.push(row.isin);
    const needed = (RUNS + 1) * CALLS + WARM_UP;
    if (pool.length < needed) throw new Error(`P4: the mock offered ${pool.length} ISINs, need ${needed}`);
    const upstream = { apiKey: mock.apiKey, baseUrl: mock.url, allow: ALLOW, onError: () => {} };
    const uncached = await startProxy({ ...upstream, cache: false });
    const cached = await startProxy({ ...upstream, cache: { maxEntries: needed } });
    // Keyless, as in a browser: the proxies hold the key.
    const viaUncached = createTerrapinClient({ baseUrl: uncached.baseUrl });
    const viaCached = createTerrapinClient({ baseUrl: cached.baseUrl });
    const context = { mock, direct, pool, uncached, cached, viaUncached, viaCached, next: 0 };
    for (let i = 0; i < WARM_UP; i++) {
      const isins = [pool[context.next++]];
      await direct.bonds.reference({ isins });
      await viaUncached.bonds.reference({ isins });
      await viaCached.bonds.reference({ isins });
      await viaCached.bonds.reference({ isins });
    }
    return context;
  },
  async measure(context, run) {
    const { direct, pool, cached, viaUncached, viaCached } = context;
    const directMs = [];
    const proxiedMs = [];
    const missIn = [];
    const hitIn = [];
    const missEnd = [];
    const hitEnd = [];
    for (let i = 0; i < CALLS; i++) {
      const isins = [pool[context.next++]];
      if ((i + run) % 2 === 0) {
        directMs.push(await timed(() => direct.bonds.reference({ isins })));
        proxiedMs.push(await timed(() => viaUncached.bonds.reference({ isins })));
      } else {
        proxiedMs.push(await timed(() => viaUncached.bonds.reference({ isins })));
        directMs.push(await timed(() => direct.bonds.reference({ isins })));
      }
      // A first call for these ISINs (miss), then the same call again (hit).
      const answered = cached.handlingMs.length;
      missEnd.push(await timed(() => viaCached.bonds.reference({ isins })));
      missIn.push(await lastHandling(cached, answered + 1));
      hitEnd.push(await timed(() => viaCached.bonds.reference({ isins })));
      hitIn.push(await lastHandling(cached, answered + 2));
    }
    return [
      {
        key: 'proxied',
        value: median(proxiedMs),
        baseline: median(directMs),
        samples: proxiedMs,
        baselineSamples: directMs,
      },
      { key: 'hit', value: median(hitIn), baseline: median(missIn), samples: hitIn, baselineSamples: missIn },
      {
        key: 'hitEndToEnd',
        value: median(hitEnd),
        baseline: median(missEnd),
        samples: hitEnd,
        baselineSamples: missEnd,
      },
    ];
  },
  async teardown({ mock, uncached, cached }) {
    await uncached.close();
    await cached.close();
    await mock.close();
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const context = await scenario.setup();
  try {
    for (const f of await scenario.measure(context, 0)) {
      console.log(`${f.key}: ${f.value.toFixed(3)} ms vs ${f.baseline.toFixed(3)} ms = ${(f.value / f.baseline).toFixed(3)}×`);
    }
  } finally {
    await scenario.teardown(context);
  }
}
