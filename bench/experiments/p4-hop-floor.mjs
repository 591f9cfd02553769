// Experiment for P4 (issue 19): how much of terrapinProxy's throughput gap to http-proxy-middleware is the upstream
// hop itself? BFFs on Express in their own processes, each forwarding 1-ISIN bond_reference POSTs to the same
// mock (another process) with the key injected: http-proxy-middleware as configured in the bench (node:http, bytes
// piped, no agent: a new upstream socket per request); a bare Express route forwarding with `node:http` over a
// keep-alive agent, one with `fetch` (WHATWG, what ky is built on) and one with `ky.post()` (the mandated
// transport), all three with nothing else (no validation, caps, cache or pacing); and terrapinProxy (cache off).
// Each is loaded by autocannon (its own process, 50 connections × 10 s), interleaved over rounds.
//   node bench/experiments/p4-hop-floor.mjs [rounds=2]
// A BFF of this file is also started by it: `node p4-hop-floor.mjs serve http|fetch|ky <upstream> <api key>`.
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { autocannon } from '../lib/autocannon.mjs';
import { importFrom } from '../lib/packages.mjs';
import { spawnServer, startMock, startPeerProxy, startProxy } from '../lib/servers.mjs';
import { median } from '../lib/stats.mjs';

const [mode, transport, upstream, apiKey] = process.argv.slice(2);

/** A POST over `node:http` answered as `{ status, text() }`, the part of a fetch Response the route reads. */
function httpPost(agent) {
  return (url, { body, headers }) =>
    new Promise((resolve, reject) => {
      const req = request(url, { method: 'POST', agent, headers }, (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode, text: async () => text });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
}

if (mode === 'serve') {
  const { default: express } = await importFrom('bench', 'express');
  const { default: ky } = await importFrom('bench', 'ky');
  const forwards = {
    ky: (url, init) => ky.post(url, { ...init, retry: 0, timeout: false, throwHttpErrors: false }),
    fetch: (url, init) => fetch(url, { ...init, method: 'POST' }),
    http: httpPost(new Agent({ keepAlive: true })),
  };
  const forward = forwards[transport];
  const app = express();
  app.post('/api/terrapin/api/v1/:op', express.text({ type: '*/*' }), async (req, res) => {
    const answer = await forward(`${upstream}/api/v1/${req.params.op}`, {
      body: req.body,
      headers: {
        authorization: `Bearer ${apiKey}`,
        'content-type': 'application/json',
        accept: 'application/json',
      },
    });
    res
      .status(answer.status)
      .type('application/json')
      .send(await answer.text());
  });
  const server = app.listen(0, '127.0.0.1', () => {
    process.stdout.write(`hop listening on http://127.0.0.1:${server.address().port}\n`);
  });
  process.on('SIGTERM', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
} else {
  const ROUNDS = Number(mode ?? 2);
  const SELF = fileURLToPath(import.meta.url);

  const startHop = async (kind, mock) => {
    const hop = await spawnServer(SELF, ['serve', kind, mock.url, mock.apiKey], `${kind} hop`);
    return { baseUrl: `${hop.url}/api/terrapin`, close: hop.close };
  };

  const mock = await startMock();
  const servers = {
    'http-proxy-middleware': await startPeerProxy(mock.url, mock.apiKey),
    'Express + node:http keep-alive hop': await startHop('http', mock),
    'Express + fetch hop': await startHop('fetch', mock),
    'Express + ky hop': await startHop('ky', mock),
    'terrapinProxy (cache off)': await startProxy({
      apiKey: mock.apiKey,
      baseUrl: mock.url,
      allow: ['bond_reference'],
      cache: false,
    }),
  };
  try {
    const search = await fetch(`${mock.url}/api/v1/bond_search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mock.apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ limit: 1 }),
    });
    const isin = (await search.json()).data[0].isin;
    const names = Object.keys(servers);
    const rps = Object.fromEntries(names.map((n) => [n, []]));
    const p50 = Object.fromEntries(names.map((n) => [n, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (let j = 0; j < names.length; j++) {
        const name = names[(round + j) % names.length];
        const r = await autocannon(servers[name].baseUrl, isin, 50, 10);
        if (r.other) throw new Error(`${name}: ${r.other} non-2xx/errors`);
        rps[name].push(r.rps);
        p50[name].push(r.p50);
      }
    }
    const peer = median(rps[names[0]]);
    console.table(
      names.map((name) => ({
        bff: name,
        'req/s (median)': Math.round(median(rps[name])),
        'vs hpm': Number((median(rps[name]) / peer).toFixed(2)),
        'p50 ms': median(p50[name]),
      })),
    );
  } finally {
    await Promise.all(Object.values(servers).map((s) => s.close()));
    await mock.close();
  }
}
