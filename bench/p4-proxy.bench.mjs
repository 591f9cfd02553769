// P4 (issue 10): the backend-for-frontend. (a) A 1-ISIN bond_reference through `terrapinProxy` (cache off, so
// every call goes upstream) by a keyless client, vs the same call made directly with the client; goal ≤ 1.25×.
// (b) Cache hit vs miss: time spent inside the proxy app (request arrival → response finished) for a repeated
// call vs a first call; goal: hit ≥ 20× faster (hit/miss ≤ 0.05). The same pair end to end, as the browser sees
// it (one HTTP hop in both), is reported without a goal. The mock and each proxy run in their own processes; the
// clients run here.
// Against the local mock an upstream call costs about as much as the extra hop a BFF adds, so (a) and (b) are also
// measured with 30 ms added to every mock answer (`terrapin-mock --latency 30`, a nearby real API), without a
// goal, to show what an app in front of the real API sees.
import { pathToFileURL } from 'node:url';
import { importBuilt } from './lib/packages.mjs';
import { startMock, startProxy } from './lib/servers.mjs';
import { median, nowMs } from './lib/stats.mjs';

const CALLS = 200;
const WAN_CALLS = 40;
const WAN_LATENCY_MS = 30;
const WARM_UP = 50;
const RUNS = 5;
const ALLOW = ['bond_reference'];

async function timed(body) {
  const start = nowMs();
  const result = await body();
  if (result.data.length !== 1) throw new Error('P4: expected one row');
  return nowMs() - start;
}

/** A mock, a direct client, and two proxies in front of the mock (cache off / on) with a keyless client each. */
async function stack(createTerrapinClient, latencyMs, maxEntries) {
  const mock = await startMock({ latencyMs });
  const upstream = { apiKey: mock.apiKey, baseUrl: mock.url, allow: ALLOW };
  const uncached = await startProxy({ ...upstream, cache: false });
  const cached = await startProxy({ ...upstream, cache: { maxEntries } });
  return {
    mock,
    uncached,
    cached,
    direct: createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.url }),
    // Keyless, as in a browser: the proxies hold the key.
    viaUncached: createTerrapinClient({ baseUrl: uncached.baseUrl }),
    viaCached: createTerrapinClient({ baseUrl: cached.baseUrl }),
    next: 0,
    async close() {
      await Promise.all([uncached.close(), cached.close(), mock.close()]);
    },
  };
}

/** `calls` rounds of: direct and proxied (order alternating), then a miss and a hit on the cached proxy. */
async function round(s, pool, calls, run) {
  const direct = [];
  const proxied = [];
  const missEnd = [];
  const hitEnd = [];
  await s.cached.handling(); // forget earlier requests
  for (let i = 0; i < calls; i++) {
    const isins = [pool[s.next++]];
    if ((i + run) % 2 === 0) {
      direct.push(await timed(() => s.direct.bonds.reference({ isins })));
      proxied.push(await timed(() => s.viaUncached.bonds.reference({ isins })));
    } else {
      proxied.push(await timed(() => s.viaUncached.bonds.reference({ isins })));
      direct.push(await timed(() => s.direct.bonds.reference({ isins })));
    }
    missEnd.push(await timed(() => s.viaCached.bonds.reference({ isins })));
    hitEnd.push(await timed(() => s.viaCached.bonds.reference({ isins })));
  }
  // Calls were sequential, so the proxy's in-app times alternate: miss, hit, miss, hit, …
  const inApp = await s.cached.handling();
  if (inApp.length !== 2 * calls) throw new Error(`P4: ${inApp.length} in-app times for ${2 * calls} calls`);
  return {
    direct,
    proxied,
    missEnd,
    hitEnd,
    missIn: inApp.filter((_, i) => i % 2 === 0),
    hitIn: inApp.filter((_, i) => i % 2 === 1),
  };
}

const figure = (key, value, baseline) => ({
  key,
  value: median(value),
  baseline: median(baseline),
  samples: value,
  baselineSamples: baseline,
});

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
    { key: 'hitEndToEnd', name: 'P4 proxy cache hit vs miss, end to end (info)', unit: 'ms', goal: null },
    {
      key: 'wanProxied',
      name: `P4 proxy vs direct, upstream +${WAN_LATENCY_MS} ms (info)`,
      unit: 'ms',
      goal: null,
    },
    {
      key: 'wanHit',
      name: `P4 cache hit vs miss in the proxy, upstream +${WAN_LATENCY_MS} ms (info)`,
      unit: 'ms',
      goal: null,
    },
  ],
  async setup() {
    const { createTerrapinClient } = await importBuilt('core');
    const needed = (RUNS + 1) * CALLS + WARM_UP;
    const local = await stack(createTerrapinClient, 0, needed);
    const wan = await stack(createTerrapinClient, WAN_LATENCY_MS, needed);
    const pool = [];
    for await (const row of local.direct.bonds.searchAll(
      { include_non_outstanding: true },
      { pageSize: 1000, maxItems: 2000 },
    ))
      pool.push(row.isin);
    if (pool.length < needed) throw new Error(`P4: the mock offered ${pool.length} ISINs, need ${needed}`);
    await round(local, pool, WARM_UP, 0);
    await round(wan, pool, 5, 0);
    return { local, wan, pool };
  },
  async measure({ local, wan, pool }, run) {
    const a = await round(local, pool, CALLS, run);
    const b = await round(wan, pool, WAN_CALLS, run);
    return [
      figure('proxied', a.proxied, a.direct),
      figure('hit', a.hitIn, a.missIn),
      figure('hitEndToEnd', a.hitEnd, a.missEnd),
      figure('wanProxied', b.proxied, b.direct),
      figure('wanHit', b.hitIn, b.missIn),
    ];
  },
  async teardown({ local, wan }) {
    await Promise.all([local.close(), wan.close()]);
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const context = await scenario.setup();
  try {
    for (const f of await scenario.measure(context, 0)) {
      console.log(
        `${f.key}: ${f.value.toFixed(3)} ms vs ${f.baseline.toFixed(3)} ms = ${(f.value / f.baseline).toFixed(3)}×`,
      );
    }
  } finally {
    await scenario.teardown(context);
  }
}
