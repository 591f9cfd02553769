// Experiment for P3 (issue 10): why is the paced 10,000-ISIN job slower than the floor? Runs the P3 job (20 req /
// 1 s, 100 ISINs per request) with the default MemoryRateLimitStore and with one that ignores the server's
// `remaining`/`reset` (pacing by the stated rolling-window policy alone), at maxConcurrency 4 and 8. `reset` is
// whole seconds rounded up (CONTRACT.md §4), so holding until `observedAt + reset` when `remaining` reaches 0 can
// wait up to a second longer than the window requires — ≤ 2 % on the API's 60-s window, up to 2× on a 1-s one.
//   node bench/experiments/p3-pacing.mjs
import { importBuilt } from '../lib/packages.mjs';
import { startMock } from '../lib/servers.mjs';
import { nowMs } from '../lib/stats.mjs';

const DATASET = { bonds: 10_000, agency: 10, munis: 10 };
const POLICY = { limit: 20, windowMs: 1000 };
const FLOOR = 5;
const { createTerrapinClient, MemoryRateLimitStore } = await importBuilt('core');

/** The default store, minus what the server says about `remaining` and `reset`. */
class PolicyOnlyStore extends MemoryRateLimitStore {
  async observe(key, observation) {
    return super.observe(key, { ...observation, remaining: null, resetMs: null });
  }
}

const source = await startMock({ seed: 7, dataset: DATASET });
const isins = [];
try {
  const client = createTerrapinClient({ apiKey: source.apiKey, baseUrl: source.url });
  for await (const row of client.bonds.searchAll(
    { include_non_outstanding: true },
    { pageSize: 1000, maxItems: 10_000 },
  ))
    isins.push(row.isin);
} finally {
  await source.close();
}

const rows = [];
for (let round = 1; round <= 2; round++) {
  for (const [store, makeStore] of [
    ['default (remaining/reset + window)', () => new MemoryRateLimitStore()],
    ['policy window only', () => new PolicyOnlyStore()],
  ]) {
    for (const maxConcurrency of [4, 8]) {
      const mock = await startMock({ seed: 7, dataset: DATASET, rateLimit: POLICY });
      try {
        let throttled = 0;
        const client = createTerrapinClient({
          apiKey: mock.apiKey,
          baseUrl: mock.url,
          maxConcurrency,
          rateLimitStore: makeStore(),
          onResponse: ({ status }) => {
            if (status === 429) throttled += 1;
          },
        });
        const start = nowMs();
        const { data } = await client.bonds.reference({ isins });
        const seconds = (nowMs() - start) / 1000;
        if (data.length !== isins.length) throw new Error(`lost rows: ${data.length}`);
        rows.push({
          round,
          store,
          maxConcurrency,
          'wall s': Number(seconds.toFixed(2)),
          'vs floor': Number((seconds / FLOOR).toFixed(2)),
          '429s': throttled,
        });
      } finally {
        await mock.close();
      }
    }
  }
}
console.table(rows);
