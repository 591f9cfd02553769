// Load generator for the proxy soak test, run as a separate process (`node load-client.mjs <config.json>`) so the
// load does not share the event loop it measures. Uses autocannon when it is installed, else a small fetch-based
// generator with the same output. Two streams run side by side: "normal" users (spread over many user ids, never
// near the per-user limit) and one "greedy" user who is meant to hit the proxy's per-user rate limit (429).
// Prints one JSON line: { engine, normal: Stats, greedy: Stats } with Stats = { requests, statusCodes, errors,
// timeouts, latencyMs: { p50, p99, max } }.
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { url, connections, greedyConnections, durationSeconds, isins, searchShare, seed } = config;

/** Deterministic PRNG (mulberry32) per stream, so a run's request mix is reproducible. */
function random(start) {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The next request of a stream: mostly 1–3 ISIN reference lookups (cached, with evictions), some searches. */
function requestMaker(streamSeed, user) {
  const rnd = random(streamSeed);
  return () => {
    const who = user ?? `user-${Math.floor(rnd() * 100_000)}`;
    if (rnd() < searchShare) {
      return {
        path: '/api/terrapin/bond_search',
        user: who,
        body: JSON.stringify({ limit: 10, offset: Math.floor(rnd() * 100) }),
      };
    }
    const count = 1 + Math.floor(rnd() * 3);
    const picked = Array.from({ length: count }, () => isins[Math.floor(rnd() * isins.length)]);
    return { path: '/api/terrapin/bond_reference', user: who, body: JSON.stringify({ isins: picked }) };
  };
}

// A request still unanswered after this long is stuck, not slow. Latency is reported, never asserted: on a 2-core CI
// machine that shares its cores with another package's tests, the queue in front of the proxy's upstream
// concurrency once held a few requests past 10 s, so the bound is 30 s.
const STUCK_SECONDS = 30;

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null;

async function withAutocannon(autocannon) {
  const stream = (count, next) =>
    new Promise((resolve, reject) => {
      autocannon(
        {
          url,
          connections: count,
          duration: durationSeconds,
          timeout: STUCK_SECONDS,
          requests: [
            {
              method: 'POST',
              setupRequest: (request) => {
                const r = next();
                return {
                  ...request,
                  path: r.path,
                  body: r.body,
                  headers: { 'content-type': 'application/json', 'x-user': r.user },
                };
              },
            },
          ],
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      );
    });
  const summarize = (r) => ({
    requests: r.requests.total,
    statusCodes: Object.fromEntries(
      Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]),
    ),
    errors: r.errors,
    timeouts: r.timeouts,
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
  });
  const [normal, greedy] = await Promise.all([
    stream(connections, requestMaker(seed)),
    stream(greedyConnections, requestMaker(seed + 1, 'greedy')),
  ]);
  return { engine: 'autocannon', normal: summarize(normal), greedy: summarize(greedy) };
}

async function withFetch() {
  const deadline = Date.now() + durationSeconds * 1000;
  const stream = async (count, next) => {
    const latencies = [];
    const statusCodes = {};
    let errors = 0;
    let timeouts = 0;
    const worker = async () => {
      while (Date.now() < deadline) {
        const r = next();
        const start = performance.now();
        try {
          const response = await fetch(`${url}${r.path}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-user': r.user },
            body: r.body,
            signal: AbortSignal.timeout(STUCK_SECONDS * 1000),
          });
          await response.arrayBuffer();
          statusCodes[response.status] = (statusCodes[response.status] ?? 0) + 1;
        } catch (error) {
          if (error?.name === 'TimeoutError') timeouts += 1;
          else errors += 1;
        }
        latencies.push(performance.now() - start);
      }
    };
    await Promise.all(Array.from({ length: count }, worker));
    latencies.sort((a, b) => a - b);
    return {
      requests: latencies.length,
      statusCodes,
      errors,
      timeouts,
      latencyMs: {
        p50: percentile(latencies, 50),
        p99: percentile(latencies, 99),
        max: latencies.at(-1) ?? null,
      },
    };
  };
  const [normal, greedy] = await Promise.all([
    stream(connections, requestMaker(seed)),
    stream(greedyConnections, requestMaker(seed + 1, 'greedy')),
  ]);
  return { engine: 'fetch (autocannon not installed)', normal, greedy };
}

let autocannon = null;
try {
  autocannon = (await import('autocannon')).default;
} catch {
  // Not installed yet: the fetch generator below produces the same figures.
}
const result = autocannon ? await withAutocannon(autocannon) : await withFetch();
process.stdout.write(`${JSON.stringify(result)}\n`);
