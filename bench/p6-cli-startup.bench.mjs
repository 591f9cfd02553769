// P6 (issues 10, 19): what a CLI user waits for. The first answer of `terrapin bonds search --limit 1` against the
// mock (in its own process) vs `node -e` doing the same request with `fetch` + `JSON.parse` and printing it, spawned
// alternately so machine noise hits both alike (warm-up rounds first fill the OS file cache). Goal ≤ 1.5×.
// The issue-10 figure, `terrapin --version` vs `node -e 0`, is kept as info.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { entryPath } from './lib/packages.mjs';
import { startMock } from './lib/servers.mjs';
import { median, nowMs } from './lib/stats.mjs';

const PER_RUN = 10;
const WARM_UP = 2;

function spawnMs(args, env) {
  const start = nowMs();
  const result = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  const ms = nowMs() - start;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return { ms, stdout: String(result.stdout) };
}

/** The same request as the CLI's, written by hand: one fetch, JSON.parse, print the row. */
const BARE = `
const r = await fetch(process.env.TERRAPIN_BASE_URL + '/api/v1/bond_search', {
  method: 'POST',
  headers: { authorization: 'Bearer ' + process.env.TERRAPIN_API_KEY, 'content-type': 'application/json' },
  body: JSON.stringify({ limit: 1 }),
});
const doc = JSON.parse(await r.text());
if (!r.ok || doc.data.length !== 1) process.exit(1);
console.log(doc.data[0].isin);`;

export const scenario = {
  id: 'P6',
  title: 'CLI first answer (and cold start)',
  needs: ['cli', 'mock-server'],
  runs: 3,
  figures: [
    {
      key: 'search',
      name: 'P6 `terrapin bonds search --limit 1` first answer vs `node -e` fetch+JSON.parse',
      unit: 'ms',
      goal: { op: '<=', value: 1.5, of: 'ratio' },
    },
    {
      key: 'version',
      name: 'P6 (info) `terrapin --version` cold start vs `node -e 0`',
      unit: 'ms',
      goal: null,
    },
  ],
  async setup() {
    const bin = entryPath('cli');
    const mock = await startMock();
    const env = { TERRAPIN_BASE_URL: mock.url, TERRAPIN_API_KEY: mock.apiKey, NO_COLOR: '1' };
    const commands = {
      cli: [bin, 'bonds', 'search', '--limit', '1'],
      bare: ['--input-type=module', '-e', BARE],
      version: [bin, '--version'],
      empty: ['-e', '0'],
    };
    for (let i = 0; i < WARM_UP; i++) {
      for (const args of Object.values(commands)) spawnMs(args, env);
    }
    // Both sides must answer with the same bond, or they did not do the same work.
    const isin = spawnMs(commands.bare, env).stdout.trim();
    if (!spawnMs(commands.cli, env).stdout.includes(isin)) {
      throw new Error(`P6: the CLI's answer does not show ${isin}`);
    }
    return { mock, env, commands };
  },
  async measure({ env, commands }, run) {
    const times = { cli: [], bare: [], version: [], empty: [] };
    const pairs = [
      ['cli', 'bare'],
      ['version', 'empty'],
    ];
    for (let i = 0; i < PER_RUN; i++) {
      for (const pair of pairs) {
        // Alternate which goes first, so neither side always follows the other.
        const order = (i + run) % 2 === 0 ? pair : [...pair].reverse();
        for (const name of order) times[name].push(spawnMs(commands[name], env).ms);
      }
    }
    const fig = (key, a, b) => ({
      key,
      value: median(a),
      baseline: median(b),
      samples: a,
      baselineSamples: b,
    });
    return [fig('search', times.cli, times.bare), fig('version', times.version, times.empty)];
  },
  async teardown({ mock }) {
    await mock.close();
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const context = await scenario.setup();
  try {
    for (const f of await scenario.measure(context, 0)) {
      console.log(`${f.key}: ${f.value.toFixed(1)} ms vs ${f.baseline.toFixed(1)} ms`);
    }
  } finally {
    await scenario.teardown(context);
  }
}
