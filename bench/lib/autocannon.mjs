// The load generator of P4 and its experiments: autocannon, in a process of its own so the load it makes does not
// share an event loop with what it measures.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './packages.mjs';

const AUTOCANNON = createRequire(join(ROOT, 'bench', 'package.json')).resolve('autocannon/autocannon.js');

/**
 * autocannon in its own process: `connections` for `seconds` of the same 1-ISIN POST. Resolves with 2xx per
 * second, latency p50/p99 (ms) and the count of other answers and errors.
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
      });
    });
  });
}
