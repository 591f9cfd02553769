// P3 (issues 10, 19): bulk jobs as they grow. 1,000, 10,000 and 100,000 ISINs of reference data from a mock whose
// policy is compressed to 20 requests per 1-second window; the client batches 100 ISINs per request and paces
// itself from the rate-limit headers. Each job runs in a fresh process (bench/lib/p3-job.mjs, so its peak RSS is
// its own) against a throttled mock (another process; the 1k and 10k jobs share one 10k-bond mock, 2 s apart so the
// 1-second window is fresh; the 100k job needs a 100k-bond mock). The mock builds its dataset at start, in time
// that grows faster than the dataset (a 10k-bond mock starts in ~45 s and a 30k one in > 70 s at load ~60): a mock
// not listening within START_TIMEOUT_MS leaves that size unmeasured, reported as such (never met). Per size: wall time vs the theoretical floor
// (requests ÷ limit × window, goal ≤ 1.10×) and the 429s received (goal 0); across sizes: peak RSS at 100k vs at
// 10k (goal ≤ 2×: results are held per chunk and concatenated once, not copied per merge).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importBuilt } from './lib/packages.mjs';
import { startMock } from './lib/servers.mjs';
import { sleep } from './lib/stats.mjs';

const SIZES = [1_000, 10_000, 100_000];
const PER_REQUEST = 100;
const POLICY = { limit: 20, windowMs: 1000 };
/** The dataset each size draws its ISINs from (the 1k job takes the first 1,000 of the 10k dataset). */
const datasetFor = (n) => ({ bonds: Math.max(n, 10_000), agency: 10, munis: 10 });
const START_TIMEOUT_MS = Number(process.env.TERRAPIN_BENCH_P3_START_TIMEOUT_MS ?? 120_000);
const SEED = 7;
const JOB = fileURLToPath(new URL('./lib/p3-job.mjs', import.meta.url));

/** Requests ÷ limit × window, in seconds. */
export const floorSeconds = (isins) =>
  (Math.ceil(isins / PER_REQUEST) / POLICY.limit) * (POLICY.windowMs / 1000);
/** Issue 10's figure (10k), kept under its name. */
export const FLOOR_SECONDS = floorSeconds(10_000);

const label = (n) => n.toLocaleString('en-US');

function runJob(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', JOB, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += c;
    });
    child.stderr.on('data', (c) => {
      err += c;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`P3 job exited ${code}: ${err.slice(-2000)}`)),
    );
  });
}

export const scenario = {
  id: 'P3',
  title: `bulk jobs: ${SIZES.map(label).join(' / ')} ISINs at ${POLICY.limit} req / ${POLICY.windowMs / 1000} s, ${PER_REQUEST} per request`,
  needs: ['core', 'mock-server'],
  runs: 2,
  figures: [
    ...SIZES.flatMap((n) => [
      {
        key: `wall${n}`,
        name: `P3 ${label(n)}-ISIN reference job: wall time vs floor`,
        unit: 's',
        goal: { op: '<=', value: 1.1, of: 'ratio' },
      },
      {
        key: `throttled${n}`,
        name: `P3 ${label(n)}-ISIN reference job: 429 responses`,
        unit: 'count',
        goal: { op: '<=', value: 0, of: 'value' },
      },
      {
        key: `rss${n}`,
        name: `P3 (info) ${label(n)}-ISIN reference job: peak RSS`,
        unit: 'MB',
        goal: null,
      },
    ]),
    {
      key: 'rssGrowth',
      name: 'P3 peak RSS, 100,000-ISIN job vs 10,000-ISIN job',
      unit: 'MB',
      goal: { op: '<=', value: 2, of: 'ratio' },
    },
  ],
  async setup() {
    const { createTerrapinClient } = await importBuilt('core');
    const dir = mkdtempSync(join(tmpdir(), 'terrapin-p3-'));
    const files = {};
    const unavailable = {};
    // The ISINs come from an unthrottled mock with the same seed and dataset (searching must not spend the
    // policy the job is judged by).
    for (const bonds of [...new Set(SIZES.map((n) => datasetFor(n).bonds))]) {
      const dataset = datasetFor(bonds);
      const sizes = SIZES.filter((n) => datasetFor(n).bonds === bonds);
      let source;
      try {
        source = await startMock({ seed: SEED, dataset, startTimeoutMs: START_TIMEOUT_MS });
      } catch (error) {
        const note = `mock with ${label(bonds)} bonds did not start within ${START_TIMEOUT_MS / 1000} s`;
        console.log(`    ${note}: ${String(error.message).split('\n').at(-1)}`);
        for (const n of sizes) unavailable[n] = note;
        continue;
      }
      const isins = [];
      try {
        const terrapin = createTerrapinClient({ apiKey: source.apiKey, baseUrl: source.url });
        for await (const row of terrapin.bonds.searchAll(
          { include_non_outstanding: true },
          { pageSize: 1000, maxItems: bonds },
        ))
          isins.push(row.isin);
      } finally {
        await source.close();
      }
      if (new Set(isins).size !== bonds)
        throw new Error(`P3: the mock offered ${new Set(isins).size} ISINs, need ${bonds}`);
      for (const n of sizes) {
        files[n] = join(dir, `${n}.txt`);
        writeFileSync(files[n], isins.slice(0, n).join('\n'));
      }
    }
    return { dir, files, unavailable };
  },
  async measure({ files, unavailable }) {
    const out = [];
    const peak = {};
    const mocks = new Map();
    try {
      for (const n of SIZES) {
        if (unavailable[n]) continue;
        const { bonds } = datasetFor(n);
        let mock = mocks.get(bonds);
        if (mock) {
          await sleep(2000); // the previous job's window must be over: each job starts with a full window
        } else {
          mock = await startMock({ seed: SEED, dataset: datasetFor(n), rateLimit: POLICY });
          mocks.set(bonds, mock);
        }
        const job = await runJob([files[n], mock.url, mock.apiKey, String(PER_REQUEST)]);
        if (job.requests < n / PER_REQUEST) throw new Error(`P3: only ${job.requests} requests were sent`);
        console.log(
          `    ${label(n)}: ${job.seconds.toFixed(2)} s (floor ${floorSeconds(n)} s), ${job.requests} requests, ${job.throttled} × 429, RSS ${job.rssBeforeMb.toFixed(0)} → peak ${job.peakRssMb.toFixed(0)} MB`,
        );
        peak[n] = job.peakRssMb;
        out.push(
          { key: `wall${n}`, value: job.seconds, baseline: floorSeconds(n) },
          { key: `throttled${n}`, value: job.throttled },
          { key: `rss${n}`, value: job.peakRssMb },
        );
      }
    } finally {
      await Promise.all([...mocks.values()].map((m) => m.close()));
    }
    if (peak[100_000] && peak[10_000]) {
      out.push({ key: 'rssGrowth', value: peak[100_000], baseline: peak[10_000] });
    }
    return out;
  },
  /** Why a figure has no measurement: the size whose mock could not start. */
  unmeasuredNote({ unavailable }, key) {
    const n = key === 'rssGrowth' ? 100_000 : Number(key.replace(/\D/g, ''));
    return unavailable[n] ?? unavailable[100_000];
  },
  async teardown({ dir }) {
    rmSync(dir, { recursive: true, force: true });
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const context = await scenario.setup();
  try {
    await scenario.measure(context, 0);
  } finally {
    await scenario.teardown(context);
  }
}
