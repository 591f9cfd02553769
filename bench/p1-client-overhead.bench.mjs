// P1 (issue 10): what the client adds to one call. `terrapin.bonds.reference` for 1 ISIN against the local mock vs
// a raw `fetch` + `JSON.parse` of the same request to the same server, interleaved call by call (the order
// alternates) so both see the same server and machine state; per-call medians. The mock runs in its own process,
// as a real API would, so its work does not share this event loop. Goal ≤ 1.10×.
import { pathToFileURL } from 'node:url';
import { importBuilt } from './lib/packages.mjs';
import { startMock } from './lib/servers.mjs';
import { nowMs } from './lib/stats.mjs';

const CALLS = 250;
const WARM_UP = 100;

export const scenario = {
  id: 'P1',
  title: 'client overhead (1-ISIN bond_reference vs raw fetch + JSON.parse)',
  needs: ['core', 'mock-server'],
  runs: 5,
  figures: [
    {
      key: 'reference',
      name: 'P1 client bonds.reference (1 ISIN) vs raw fetch+JSON.parse',
      unit: 'ms',
      goal: { op: '<=', value: 1.1, of: 'ratio' },
    },
  ],
  async setup() {
    const { createTerrapinClient } = await importBuilt('core');
    const mock = await startMock();
    // The client as users get it: default options (pacing, response validation, quota ledger, hooks off).
    const terrapin = createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.url });
    const { data } = await terrapin.bonds.search({ limit: 1 });
    const isin = data[0].isin;
    const url = `${mock.url}/api/v1/bond_reference`;
    const init = {
      method: 'POST',
      headers: {
        authorization: `Bearer ${mock.apiKey}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
    };
    const viaClient = async () => {
      const result = await terrapin.bonds.reference({ isins: [isin] });
      if (result.data.length !== 1) throw new Error('P1: the client returned no row');
    };
    const viaFetch = async () => {
      const response = await fetch(url, { ...init, body: JSON.stringify({ isins: [isin] }) });
      const doc = JSON.parse(await response.text());
      if (!response.ok || doc.data.length !== 1) throw new Error(`P1: raw fetch got ${response.status}`);
    };
    for (let i = 0; i < WARM_UP; i++) {
      await viaClient();
      await viaFetch();
    }
    return { mock, viaClient, viaFetch };
  },
  async measure({ viaClient, viaFetch }, run) {
    const client = [];
    const raw = [];
    const timed = async (body, into) => {
      const start = nowMs();
      await body();
      into.push(nowMs() - start);
    };
    for (let i = 0; i < CALLS; i++) {
      if ((i + run) % 2 === 0) {
        await timed(viaClient, client);
        await timed(viaFetch, raw);
      } else {
        await timed(viaFetch, raw);
        await timed(viaClient, client);
      }
    }
    const mid = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    return [
      { key: 'reference', value: mid(client), baseline: mid(raw), samples: client, baselineSamples: raw },
    ];
  },
  async teardown({ mock }) {
    await mock.close();
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const context = await scenario.setup();
  try {
    const [figure] = await scenario.measure(context, 0);
    console.log(
      `client ${figure.value.toFixed(3)} ms, raw ${figure.baseline.toFixed(3)} ms, ratio ${(figure.value / figure.baseline).toFixed(3)}`,
    );
  } finally {
    await scenario.teardown(context);
  }
}
