// The load generator of P4 and its experiments: autocannon, in a process of its own so the load it makes does not
// share an event loop with what it measures.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './packages.mjs';

const AUTOCANNON = createRequire(join(ROOT, 'bench', 'package.json')).resolve('autocannon/autocannon.js');

/**
 * autocannon in its own process: `connections` for `seconds` of the same 1-ISIN POST. Resolves with 2xx per
 * second, latency p50/p99 (ms), the count of other answers and errors, and `resent`: requests written beyond those
 * answered. A server that answers `connection: close` (http-proxy-middleware without an agent passes on the
 * upstream's) makes autocannon write each request again on a new socket, and its latency then counts from the first
 * write: with a large `resent`, read that server's latency as queueing for sockets, not as time to answer.
 */
export function autocannon(baseUrl, isin, connections, seconds) {
  const args = [
    AUTOCANNON,
    '--json',
    '-c',
    String(connections),
    '-d',
    String(seconds),
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    '-b',
    JSON.stringify({ isins: [isin] }),
    `${baseUrl}/api/v1/bond_reference`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      err += c;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`autocannon exited ${code}: ${err.slice(-1000)}`));
      const r = JSON.parse(out);
      resolve({
        rps: r['2xx'] / r.duration,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        other: r.non2xx + r.errors + r.timeouts,
        // Up to one request per connection is still in flight when the run ends.
        resent: Math.max(0, r.requests.sent - r.requests.total - connections),
      });
    });
  });
}
