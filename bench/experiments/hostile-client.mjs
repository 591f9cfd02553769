// Figures for issue 14 items 1-3 (client side), measured on the built core (`pnpm turbo run build` first). Each
// upstream runs in its own process, so the figures describe the client alone.
//   node bench/experiments/hostile-client.mjs            all three
//   node bench/experiments/hostile-client.mjs --raw      also the RSS of a plain fetch().text() of the same answer
//
// 1. A fresh call's wait after 250 paced calls were aborted (mock, 10 requests per 1 s window, callers hang up at
//    1.5 s, the fresh call 1 s later). Goal: about the time to send what was actually sent, < 2 s.
// 2. Time until the call after a `ratelimit: limit=100, remaining=0, reset=86400` answer is refused. Goal < 100 ms.
// 3. Peak RSS growth while the client refuses a 300 MB JSON answer (no content-length) under the default
//    maxResponseBytes (32 MiB). Goal: growth < 2 × the limit.
import { spawn } from 'node:child_process';
import { importBuilt } from '../lib/packages.mjs';
import { startMock } from '../lib/servers.mjs';

const MiB = 1024 * 1024;
const { createTerrapinClient, TerrapinAbortError } = await importBuilt('core');
const raw = process.argv.includes('--raw');

/** A throwaway upstream in its own process: `code` is the body of `(req, res) => { … }`. */
function startUpstream(code) {
  const script = `
    const http = require('node:http');
    const server = http.createServer((req, res) => { req.resume(); req.on('end', () => { ${code} }); });
    server.listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + server.address().port));`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => {
    child.stdout.once('data', (chunk) =>
      resolve({ url: String(chunk).trim(), close: () => child.kill('SIGTERM') }),
    );
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function freshCallAfterAbortedStorm() {
  const mock = await startMock({
    seed: 1414,
    rateLimit: { limit: 10, windowMs: 1000 },
    dataset: { bonds: 50 },
  });
  try {
    const terrapin = createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.url, maxRetries: 0 });
    await terrapin.bonds.search({ limit: 1 });
    const callers = Array.from({ length: 250 }, () => new AbortController());
    const storm = callers.map((c) =>
      terrapin.bonds.search({ limit: 1 }, { signal: c.signal }).then(
        () => 'answered',
        (e) => (e instanceof TerrapinAbortError ? 'aborted' : e.name),
      ),
    );
    await sleep(1_500);
    for (const c of callers) c.abort();
    const outcomes = await Promise.all(storm);
    await sleep(1_000);
    const started = performance.now();
    await terrapin.bonds.search({ limit: 1 }, { signal: AbortSignal.timeout(120_000) });
    const waitMs = performance.now() - started;
    const answered = outcomes.filter((o) => o === 'answered').length;
    console.log(
      `1. 250 paced calls, ${answered} answered, ${outcomes.filter((o) => o === 'aborted').length} aborted at ` +
        `1.5 s; a fresh call 1 s later waited ${Math.round(waitMs)} ms (10 req / 1 s window)`,
    );
  } finally {
    await mock.close();
  }
}

async function refusalOnAbsurdReset() {
  const upstream = await startUpstream(`
    res.writeHead(200, { 'content-type': 'application/json', ratelimit: 'limit=100, remaining=0, reset=86400' });
    res.end('{"data":[],"total":0}');`);
  try {
    const times = [];
    for (let i = 0; i < 20; i++) {
      const terrapin = createTerrapinClient({
        apiKey: 'tpk_bench_item2',
        baseUrl: upstream.url,
        maxRetries: 0,
      });
      await terrapin.inflationFactors({ country: 'US' });
      const started = performance.now();
      const error = await terrapin.inflationFactors({ country: 'US' }).catch((e) => e);
      times.push(performance.now() - started);
      if (error?.name !== 'TerrapinRateLimitError') throw new Error(`expected a refusal, got ${error}`);
    }
    times.sort((a, b) => a - b);
    console.log(
      `2. reset=86400: refused after median ${times[10].toFixed(2)} ms, max ${times.at(-1).toFixed(2)} ms (20 runs)`,
    );
  } finally {
    upstream.close();
  }
}

/** Samples RSS every 2 ms while `run` runs; resolves with the peak growth over the RSS before it, in MiB. */
async function peakRssGrowth(run) {
  globalThis.gc?.();
  const before = process.memoryUsage.rss();
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 2);
  let outcome;
  try {
    outcome = await run();
  } finally {
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage.rss());
  }
  return { growthMiB: (peak - before) / MiB, outcome };
}

async function refusingHugeAnswer() {
  // 300 MB of JSON in 64 KiB chunks, written as fast as the socket takes them, no content-length.
  const upstream = await startUpstream(`
    res.writeHead(200, { 'content-type': 'application/json' });
    const chunk = Buffer.alloc(64 * 1024, 0x20); let sent = 0;
    res.write('{"data":[');
    const pump = () => { while (sent < 300 * 1024 * 1024) { sent += chunk.length; if (!res.write(chunk)) return res.once('drain', pump); } res.end('],"total":0}'); };
    res.on('close', () => {}); pump();`);
  try {
    const terrapin = createTerrapinClient({
      apiKey: 'tpk_bench_item3',
      baseUrl: upstream.url,
      pacing: false,
    });
    // Warm up the code paths (first-call costs are not the refusal's) on a small limit: refused after 64 KiB.
    await terrapin
      .withOptions({ maxResponseBytes: 64 * 1024 })
      .bonds.search({ limit: 1 })
      .catch(() => {});
    const { growthMiB, outcome } = await peakRssGrowth(() =>
      terrapin.bonds.search({ limit: 1 }).then(
        () => 'accepted',
        (e) => `${e.name} (received ${(e.receivedBytes / MiB).toFixed(1)} MiB)`,
      ),
    );
    console.log(
      `3. 300 MB answer, maxResponseBytes 32 MiB: ${outcome}; peak RSS growth ${growthMiB.toFixed(1)} MiB ` +
        `(${(growthMiB / 32).toFixed(2)} × the limit)`,
    );
    if (raw) {
      const plain = await peakRssGrowth(async () => {
        const response = await fetch(`${upstream.url}/api/v1/bond_search`, { method: 'POST', body: '{}' });
        return (await response.text()).length;
      });
      console.log(
        `   reference: plain fetch().text() of the same answer grew RSS by ${plain.growthMiB.toFixed(1)} MiB`,
      );
    }
  } finally {
    upstream.close();
  }
}

await freshCallAfterAbortedStorm();
await refusalOnAbsurdReset();
await refusingHugeAnswer();
