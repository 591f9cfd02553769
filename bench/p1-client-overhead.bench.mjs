// P1 (issues 10, 19): what the client adds to one call. `terrapin.bonds.reference` for 1 ISIN against the local mock
// vs the transport it is built on, called bare: `ky.post(url, { json }).json()` (issue 19's floor), and vs a raw
// `fetch` + `JSON.parse` (the issue-10 anchor, kept as info). All three share the same keep-alive connection pool
// (undici's global dispatcher behind `globalThis.fetch`) and run interleaved call by call, the order rotating each
// round, so each sees the same server and machine state. The mock runs in its own process, as a real API would.
// Goals: client ≤ 1.10× bare ky, at the median and at p95.
import { pathToFileURL } from 'node:url';
import { importBuilt, importFrom } from './lib/packages.mjs';
import { startMock } from './lib/servers.mjs';
import { median, nowMs, percentile } from './lib/stats.mjs';

const CALLS = 250;
const WARM_UP = 100;

/** A figure of per-call samples (median) against a baseline's samples. */
const byMedian = (key, value, baseline) => ({
  key,
  value: median(value),
  baseline: median(baseline),
  samples: value,
  baselineSamples: baseline,
});
/** The same run judged at p95: the run's p95 against the baseline's p95. */
const byP95 = (key, value, baseline) => ({
  key,
  value: percentile(value, 95),
  baseline: percentile(baseline, 95),
});

export const scenario = {
  id: 'P1',
  title: 'client overhead (1-ISIN bond_reference vs bare ky, vs raw fetch)',
  needs: ['core', 'mock-server'],
  runs: 5,
  figures: [
    {
      key: 'vsKy',
      name: 'P1 client bonds.reference (1 ISIN) vs bare ky.post().json(), median',
      unit: 'ms',
      goal: { op: '<=', value: 1.1, of: 'ratio' },
    },
    {
      key: 'vsKyP95',
      name: 'P1 client bonds.reference (1 ISIN) vs bare ky.post().json(), p95',
      unit: 'ms',
      goal: { op: '<=', value: 1.1, of: 'ratio' },
    },
    {
      key: 'reference',
      name: 'P1 (info) client bonds.reference (1 ISIN) vs raw fetch+JSON.parse',
      unit: 'ms',
      goal: null,
    },
    { key: 'kyVsFetch', name: 'P1 (info) bare ky vs raw fetch+JSON.parse', unit: 'ms', goal: null },
  ],
  async setup() {
    const { createTerrapinClient } = await importBuilt('core');
    const { default: ky } = await importFrom('bench', 'ky');
    const mock = await startMock();
    // The client as users get it: default options (pacing, response validation, quota ledger, hooks off).
    const terrapin = createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.url });
    const { data } = await terrapin.bonds.search({ limit: 1 });
    const isin = data[0].isin;
    const url = `${mock.url}/api/v1/bond_reference`;
    const headers = { authorization: `Bearer ${mock.apiKey}`, accept: 'application/json' };
    const viaClient = async () => {
      const result = await terrapin.bonds.reference({ isins: [isin] });
      if (result.data.length !== 1) throw new Error('P1: the client returned no row');
    };
    // What a user would write with the mandated transport alone: ky's defaults (its retry and timeout included).
    const viaKy = async () => {
      const doc = await ky.post(url, { json: { isins: [isin] }, headers }).json();
      if (doc.data.length !== 1) throw new Error('P1: bare ky returned no row');
    };
    const viaFetch = async () => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ isins: [isin] }),
      });
      const doc = JSON.parse(await response.text());
      if (!response.ok || doc.data.length !== 1) throw new Error(`P1: raw fetch got ${response.status}`);
    };
    for (let i = 0; i < WARM_UP; i++) {
      await viaClient();
      await viaKy();
      await viaFetch();
    }
    return { mock, contenders: [viaClient, viaKy, viaFetch] };
  },
  async measure({ contenders }, run) {
    const samples = contenders.map(() => []);
    for (let i = 0; i < CALLS; i++) {
      // Rotate who goes first, so none always follows another.
      for (let j = 0; j < contenders.length; j++) {
        const which = (i + run + j) % contenders.length;
        const start = nowMs();
        await contenders[which]();
        samples[which].push(nowMs() - start);
      }
    }
    const [client, bareKy, raw] = samples;
    return [
      byMedian('vsKy', client, bareKy),
      byP95('vsKyP95', client, bareKy),
      byMedian('reference', client, raw),
      byMedian('kyVsFetch', bareKy, raw),
    ];
  },
  async teardown({ mock }) {
    await mock.close();
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
