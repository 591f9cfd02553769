// Profile for P1 (issue 19): where the client's time goes on top of bare ky. Runs `calls` sequential 1-ISIN
// bond_reference calls through one contender against a mock in its own process; run it under the profiler:
//   node --cpu-prof --cpu-prof-dir=/tmp/p1prof bench/experiments/p1-profile.mjs client|ky [calls=3000]
// then summarise the .cpuprofile with bench/experiments/cpuprofile-top.mjs.
import { importBuilt, importFrom } from '../lib/packages.mjs';
import { startMock } from '../lib/servers.mjs';
import { nowMs } from '../lib/stats.mjs';

const which = process.argv[2] ?? 'client';
const CALLS = Number(process.argv[3] ?? 3000);
const mock = await startMock();
try {
  const { createTerrapinClient } = await importBuilt('core');
  const { default: ky } = await importFrom('bench', 'ky');
  const terrapin = createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.url });
  const isin = (await terrapin.bonds.search({ limit: 1 })).data[0].isin;
  const url = `${mock.url}/api/v1/bond_reference`;
  const headers = { authorization: `Bearer ${mock.apiKey}`, accept: 'application/json' };
  const call =
    which === 'ky'
      ? () => ky.post(url, { json: { isins: [isin] }, headers }).json()
      : () => terrapin.bonds.reference({ isins: [isin] });
  const start = nowMs();
  for (let i = 0; i < CALLS; i++) await call();
  const cpu = process.cpuUsage();
  console.log(
    `${which}: ${CALLS} calls, ${((nowMs() - start) / CALLS).toFixed(3)} ms/call wall, ${((cpu.user + cpu.system) / 1000 / CALLS).toFixed(3)} ms/call CPU (process total)`,
  );
} finally {
  await mock.close();
}
