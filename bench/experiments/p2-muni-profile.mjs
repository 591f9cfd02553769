// Experiment for P2 (issue 19): where the muni_reference check spends its time. Builds P2's 1000-row muni answer
// from the mock, then times `validateResponse` alone on freshly parsed copies (parse excluded), next to the parse,
// and writes a CPU profile of the checks when run with `node --cpu-prof`.
//   node [--cpu-prof --cpu-prof-dir=DIR] bench/experiments/p2-muni-profile.mjs [operation=muni_reference]
import { importBuilt } from '../lib/packages.mjs';
import { startMock } from '../lib/servers.mjs';
import { median, nowMs } from '../lib/stats.mjs';
import { responseText } from '../p2-validation.bench.mjs';

const operation = process.argv[2] ?? 'muni_reference';
const search = operation === 'muni_reference' ? 'muni_search' : 'bond_search';
const { validateResponse } = await importBuilt('core');
const mock = await startMock();
// The same 1000-row answer P2 measures.
const text = await responseText(mock, search, operation).finally(() => mock.close());
const parse = [];
const check = [];
for (let i = 0; i < 300; i++) {
  let start = nowMs();
  const body = JSON.parse(text);
  parse.push(nowMs() - start);
  start = nowMs();
  if (!validateResponse(operation, body).success) throw new Error('invalid');
  check.push(nowMs() - start);
}
const p = median(parse.slice(50));
const c = median(check.slice(50));
console.log(
  `${operation}: ${(text.length / 1024).toFixed(0)} KB; parse ${p.toFixed(3)} ms, check ${c.toFixed(3)} ms, (parse+check)/parse ${((p + c) / p).toFixed(3)}`,
);
