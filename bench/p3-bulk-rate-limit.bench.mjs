// P3 (issue 10): a bulk job under a rate limit. 10,000 ISINs of reference data from a mock whose policy is
// compressed to 20 requests per 1-second window; the client batches 100 ISINs per request and paces itself from
// the rate-limit headers. Wall time vs the theoretical floor (requests ÷ limit × window) and the 429s received.
// Goals: ≤ 1.10× the floor, 0 × 429. Each run uses a fresh mock and a fresh client (no state carried over).
import { pathToFileURL } from 'node:url';
import { importBuilt } from './lib/packages.mjs';
import { startMock } from './lib/servers.mjs';
import { nowMs } from './lib/stats.mjs';

const ISINS = 10_000;
const PER_REQUEST = 100;
const POLICY = { limit: 20, windowSeconds: 1 };
const DATASET = { bonds: ISINS, agency: 10, munis: 10 };
const SEED = 7;

/** Requests ÷ limit × window, in seconds. */
export const FLOOR_SECONDS = (Math.ceil(ISINS / PER_REQUEST) / POLICY.limit) * POLICY.windowSeconds;

export const scenario = {
  id: 'P3',
  title: `bulk job: ${ISINS} ISINs at ${POLICY.limit} req / ${POLICY.windowSeconds} s, ${PER_REQUEST} per request`,
  needs: ['core', 'mock-server'],
  runs: 3,
  figures: [
    {
      key: 'wall',
      name: 'P3 10,000-ISIN reference job: wall time vs floor',
      unit: 's',
      goal: { op: '<=', value: 1.1, of: 'ratio' },
    },
    {
      key: 'throttled',
      name: 'P3 10,000-ISIN reference job: 429 responses',
      unit: 'count',
      goal: { op: '<=', value: 0, of: 'value' },
    },
  ],
  async setup() {
    const { createTerrapinClient } = await importBuilt('core');
    // The ISINs come from an unthrottled mock with the same seed and dataset (searching must not spend the
    // policy the job is judged by).
    const source = await startMock({ seed: SEED, dataset: DATASET });
    const isins = [];
    try {
      const terrapin = createTerrapinClient({ apiKey: source.apiKey, baseUrl: source.url });
      for await (const row of terrapin.bonds.searchAll(
        { include_non_outstanding: true },
        { pageSize: 1000, maxItems: ISINS },
      ))
        isins.push(row.isin);
    } finally {
      await source.close();
    }
    if (new Set(isins).size !== ISINS)
      throw new Error(`P3: the mock offered ${new Set(isins).size} ISINs, need ${ISINS}`);
    return { createTerrapinClient, isins };
  },
  async measure({ createTerrapinClient, isins }) {
    const mock = await startMock({ seed: SEED, dataset: DATASET, rateLimit: POLICY });
    try {
      let throttled = 0;
      let requests = 0;
      const terrapin = createTerrapinClient({
        apiKey: mock.apiKey,
        baseUrl: mock.url,
        maxIsinsPerRequest: PER_REQUEST,
        onResponse: ({ status }) => {
          requests += 1;
          if (status === 429) throttled += 1;
        },
      });
      const start = nowMs();
      const { data } = await terrapin.bonds.reference({ isins });
      const seconds = (nowMs() - start) / 1000;
      const returned = new Set(data.map((row) => row.isin));
      if (data.length !== ISINS || returned.size !== ISINS) {
        throw new Error(`P3: ${data.length} rows / ${returned.size} distinct ISINs back, expected ${ISINS}`);
      }
      if (requests < ISINS / PER_REQUEST) throw new Error(`P3: only ${requests} requests were sent`);
      return [
        { key: 'wall', value: seconds, baseline: FLOOR_SECONDS },
        { key: 'throttled', value: throttled },
      ];
    } finally {
      await mock.close();
    }
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const context = await scenario.setup();
  console.log(await scenario.measure(context, 0));
}
