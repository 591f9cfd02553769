// Experiment for P4 (issue 10): how fast can a proxy cache hit be on Express at all? One Express app holds a route
// that only parses the JSON body and sends a constant string (the floor), and terrapinProxy with its response
// cache, both timed inside the app (arrival → response finished) for the same 1-ISIN bond_reference body,
// interleaved. The goal "hit ≥ 20× faster than a miss" needs a hit below 1/20 of a loopback miss (~2.5–3 ms).
//   node bench/experiments/p4-express-floor.mjs [calls=1000]
import { importBuilt, importFrom } from '../lib/packages.mjs';
import { startMock } from '../lib/servers.mjs';
import { median } from '../lib/stats.mjs';

const CALLS = Number(process.argv[2] ?? 1000);
const { default: express } = await importFrom('packages/express-middleware', 'express');
const { terrapinProxy } = await importBuilt('express-middleware');
const { createTerrapinClient } = await importBuilt('core');
const mock = await startMock();
const times = { floor: [], hit: [] };
let bucket = 'floor';
const app = express();
app.use((_req, res, next) => {
  const start = process.hrtime.bigint();
  const into = times[bucket];
  res.on('finish', () => into.push(Number(process.hrtime.bigint() - start) / 1e6));
  next();
});
const constant = JSON.stringify({ data: [{ isin: 'X', name: 'y'.repeat(1500) }], total: 1 });
app.post('/floor/bond_reference', express.json(), (_req, res) => {
  res.status(200).type('application/json').send(constant);
});
app.use('/proxy', terrapinProxy({ apiKey: mock.apiKey, baseUrl: mock.url, allow: ['bond_reference'] }));
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
try {
  const base = `http://127.0.0.1:${server.address().port}`;
  const client = createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.url });
  const isin = (await client.bonds.search({ limit: 1 })).data[0].isin;
  const body = JSON.stringify({ isins: [isin] });
  const post = (path) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(
      (r) => r.text(),
    );
  for (let round = 0; round < 2; round++) {
    times.floor = [];
    times.hit = [];
    for (let i = 0; i < CALLS; i++) {
      bucket = 'floor';
      await post('/floor/bond_reference');
      bucket = 'hit';
      await post('/proxy/bond_reference'); // the first one is the miss that fills the cache
    }
  }
  console.table([
    { variant: 'Express floor: express.json() + send a constant', 'in-app ms (median)': median(times.floor) },
    { variant: 'terrapinProxy cache hit', 'in-app ms (median)': median(times.hit) },
  ]);
} finally {
  server.close();
  await mock.close();
}
