// P3 (issues 10, 19): bulk jobs as they grow. 1,000, 10,000 and 100,000 ISINs of reference data from a mock whose
// policy is compressed to 20 requests per 1-second window; the client batches 100 ISINs per request and paces
// itself from the rate-limit headers. Each job runs in a fresh process (bench/lib/p3-job.mjs, so its peak RSS is
// its own) against a fresh throttled mock (a third process). Per size: wall time vs the theoretical floor
// (requests ÷ limit × window, goal ≤ 1.10×) and the 429s received (goal 0); across sizes: peak RSS at 100k vs at
// 10k (goal ≤ 2×: results are held per chunk and concatenated once, not copied per merge).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importBuilt } from './lib/packages.mjs';
import { startMock } from './lib/servers.mjs';

const SIZES = [1_000, 10_000, 100_000];
const PER_REQUEST = 100;
const POLICY = { limit: 20, windowSeconds: 1 };
const DATASET = { bonds: Math.max(...SIZES), agency: 10, munis: 10 };
const SEED = 7;
const JOB = fileURLToPath(new URL('./lib/p3-job.mjs', import.meta.url));

/** Requests ÷ limit × window, in seconds. */
export const floorSeconds = (isins) => (Math.ceil(isins / PER_REQUEST) / POLICY.limit) * POLICY.windowSeconds;
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
  title: `bulk jobs: ${SIZES.map(label).join(' / ')} ISINs at ${POLICY.limit} req / ${POLICY.windowSeconds} s, ${PER_REQUEST} per request`,
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
    // The ISINs come from an unthrottled mock with the same seed and dataset (searching must not spend the
    // policy the job is judged by).
    const source = await startMock({ seed: SEED, dataset: DATASET });
    const isins = [];
    try {
      const terrapin = createTerrapinClient({ apiKey: source.apiKey, baseUrl: source.url });
      for await (const row of terrapin.bonds.searchAll(
        { include_non_outstanding: true },
        { pageSize: 1000, maxItems: DATASET.bonds },
      ))
        isins.push(row.isin);
    } finally {
      await source.close();
    }
    if (new Set(isins).size !== DATASET.bonds)
      throw new Error(`P3: the mock offered ${new Set(isins).size} ISINs, need ${DATASET.bonds}`);
    const dir = mkdtempSync(join(tmpdir(), 'terrapin-p3-'));
    const files = Object.fromEntries(
      SIZES.map((n) => {
        const file = join(dir, `${n}.txt`);
        writeFileSync(file, isins.slice(0, n).join('\n'));
        return [n, file];
      }),
    );
    return { dir, files };
  },
  async measure({ files }) {
    const out = [];
    const peak = {};
    for (const n of SIZES) {
      const mock = await startMock({ seed: SEED, dataset: DATASET, rateLimit: POLICY });
      try {
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
      } finally {
        await mock.close();
      }
    }
    out.push({ key: 'rssGrowth', value: peak[100_000], baseline: peak[10_000] });
    return out;
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
