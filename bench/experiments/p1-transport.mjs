// Experiment for P1 (issue 10): how much of the client's per-call overhead is ky? The same 1-ISIN bond_reference,
// interleaved call by call against one mock process: raw fetch + JSON.parse, core as built from src, and core with
// ky replaced by a direct fetch call. Reports median wall time and CPU time per call of this process.
//   node bench/experiments/p1-transport.mjs [calls=1500]
import { startMock } from '../lib/servers.mjs';
import { median } from '../lib/stats.mjs';
import { importCoreVariant } from './core-variants.mjs';

const CALLS = Number(process.argv[2] ?? 1500);
const mock = await startMock();
try {
  const asBuilt = await importCoreVariant({ name: 'as-built' });
  const direct = await importCoreVariant({ name: 'ky-as-fetch', kyAsFetch: true });
  const make = (core) => core.createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.url });
  const isin = (await make(asBuilt).bonds.search({ limit: 1 })).data[0].isin;
  const url = `${mock.url}/api/v1/bond_reference`;
  const headers = {
    authorization: `Bearer ${mock.apiKey}`,
    'content-type': 'application/json',
    accept: 'application/json',
  };
  const variants = {
    'raw fetch + JSON.parse': async () =>
      JSON.parse(
        await (await fetch(url, { method: 'POST', headers, body: JSON.stringify({ isins: [isin] }) })).text(),
      ),
    'core as built (ky)': (
      (c) => () =>
        c.bonds.reference({ isins: [isin] })
    )(make(asBuilt)),
    'core, ky → fetch': (
      (c) => () =>
        c.bonds.reference({ isins: [isin] })
    )(make(direct)),
  };
  const wall = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  const names = Object.keys(variants);
  for (let i = 0; i < CALLS + 200; i++) {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await variants[name]();
      if (i < 200) continue; // warm-up
      wall[name].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[name].push((c.user + c.system) / 1000);
    }
  }
  const base = median(wall[names[0]]);
  console.table(
    names.map((name) => ({
      variant: name,
      'wall ms (median)': Number(median(wall[name]).toFixed(3)),
      'cpu ms (median)': Number(median(cpu[name]).toFixed(3)),
      'ratio to raw': Number((median(wall[name]) / base).toFixed(2)),
    })),
  );
} finally {
  await mock.close();
}
