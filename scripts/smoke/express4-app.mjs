// Run by scripts/consumer-smoke.mjs inside a consumer project that installed the packed
// @terrapin/express-middleware and @terrapin/mock-server tarballs with express 4 (the peer range is ^4.21 || ^5; the
// test suite runs on Express 5). An Express 4 app mounts terrapin(), terrapinProxy() and terrapinErrorHandler()
// against the mock; each check prints one line, and the process exits 1 on the first surprise.
import { getTerrapin, terrapin, terrapinErrorHandler, terrapinProxy } from '@terrapin/express-middleware';
import { createMockServer, MOCK_API_KEY } from '@terrapin/mock-server';
import express from 'express';
import expressManifest from 'express/package.json' with { type: 'json' };

const mock = await createMockServer();
const app = express();
const clientOptions = { apiKey: MOCK_API_KEY, baseUrl: mock.url };
app.use(terrapin(clientOptions));
// Express 4 does not forward rejected promises: the handler passes errors to next() itself.
app.get('/bonds/:isin', (req, res, next) => {
  getTerrapin(req)
    .bonds.reference({ isins: [req.params.isin] })
    .then(({ data }) => res.json(data[0] ?? null), next);
});
app.use('/api/terrapin', terrapinProxy({ ...clientOptions, allow: ['bond_search', 'bond_reference'] }));
app.use(terrapinErrorHandler());
const server = app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const post = async (path, body) => {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: await res.json() };
};
let failed = false;
const check = (what, ok, seen) => {
  console.log(`${ok ? 'ok' : '✘'} express ${expressManifest.version}: ${what}${ok ? '' : ` (got ${seen})`}`);
  if (!ok) failed = true;
};

const search = await post('/api/terrapin/bond_search', { countries: ['Italy'], limit: 2 });
check(
  'proxy answers an allowed call',
  search.status === 200 && search.json.data?.length === 2,
  search.status,
);
const isin = search.json.data?.[0]?.isin;
const core = await post('/api/terrapin/api/v1/bond_search', { limit: 1 });
check("proxy serves core's own path /api/v1/<operation>", core.status === 200, core.status);
const denied = await post('/api/terrapin/muni_search', {});
check('proxy refuses an operation outside the allow-list with 404', denied.status === 404, denied.status);
const invalid = await post('/api/terrapin/bond_reference', { isins: ['XS161068276X'] });
const pointer = invalid.json.errors?.[0]?.source?.pointer;
check(
  'proxy answers 422 with a pointer',
  invalid.status === 422 && pointer === '/isins/0',
  `${invalid.status} ${pointer}`,
);
const miss = await post('/api/terrapin/bond_reference', { isins: [isin] });
const hit = await post('/api/terrapin/bond_reference', { isins: [isin] });
const cache = `${miss.headers.get('x-terrapin-cache')} then ${hit.headers.get('x-terrapin-cache')}`;
check('proxy cache: miss then hit', cache === 'miss then hit', cache);
const own = await fetch(`${base}/bonds/${isin}`).then(async (r) => ({
  status: r.status,
  json: await r.json(),
}));
check('req.terrapin in an app route', own.status === 200 && own.json?.isin === isin, own.status);
const mapped = await fetch(`${base}/bonds/NOT-AN-ISIN`).then(async (r) => ({
  status: r.status,
  json: await r.json(),
}));
check(
  'terrapinErrorHandler answers a thrown validation error with 422',
  mapped.status === 422,
  mapped.status,
);

server.close();
await mock.close();
process.exit(failed ? 1 : 0);
