// A/B of @terrapin/core at two git revisions, in one process and one run (issue 15 asks that a refactor leave the
// bench's P1, P2 and P5 no worse, "same run, same machine"). Each revision's packages/core/src is taken from git
// (nothing in the work tree changes), bundled with esbuild against this checkout's node_modules, and measured
// interleaved against one mock:
//   P1: sequential 1-ISIN bonds.reference calls, per-call median and p95, A and B alternating in blocks;
//   P2: validateResponse after JSON.parse on 1,000 bond_reference and muni_reference rows, vs JSON.parse alone;
//   P5: the bench's own P5 entry (createTerrapinClient + one call) and bundle(), built from each revision's src.
//   node bench/experiments/core-ab.mjs <rev A> <rev B> [rounds=5]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, loadEsbuild } from '../lib/bundle.mjs';
import { ROOT } from '../lib/packages.mjs';
import { startMock } from '../lib/servers.mjs';
import { median, nowMs, percentile } from '../lib/stats.mjs';
import { CORE_ENTRY } from '../p5-bundle-size.bench.mjs';

const [revA, revB, roundsArg] = process.argv.slice(2);
if (!revA || !revB) throw new Error('usage: node bench/experiments/core-ab.mjs <rev A> <rev B> [rounds=5]');
const ROUNDS = Number(roundsArg ?? 5);
const WORK = '/tmp/terrapin-core-ab';
const esbuild = await loadEsbuild();

/** Extracts a revision's core src, bundles it for Node to measure, and weighs its browser bundle. */
async function buildRevision(rev) {
  const sha = execFileSync('git', ['rev-parse', '--short', rev], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(WORK, sha);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync('git', ['archive', sha, 'packages/core/src'], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  // zod and ky as this checkout installed them (the versions did not change across issue 15).
  symlinkSync(join(ROOT, 'packages/core/node_modules'), join(dir, 'packages/core/node_modules'));
  const version = JSON.parse(readFileSync(join(ROOT, 'packages/core/package.json'), 'utf8')).version;
  const define = { __TERRAPIN_CORE_VERSION__: JSON.stringify(version) };
  const entry = join(dir, 'packages/core/src/index.ts');
  const node = join(dir, 'core.mjs');
  await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: node,
    define,
  });
  // Weighed as the bench's P5 "from src" breakdown weighs HEAD's core: same entry, same bundle settings.
  const { gzipBytes } = await bundle({
    contents: CORE_ENTRY.replace("'@terrapin/core'", "'./src/index.ts'"),
    resolveDir: join(dir, 'packages/core'),
  });
  return { rev, sha, core: await import(pathToFileURL(node).href), gzipBytes };
}

const variants = [await buildRevision(revA), await buildRevision(revB)];
const mock = await startMock();
try {
  const headers = { authorization: `Bearer ${mock.apiKey}`, 'content-type': 'application/json' };
  const post = async (operation, body) =>
    (
      await fetch(`${mock.url}/api/v1/${operation}`, { method: 'POST', headers, body: JSON.stringify(body) })
    ).text();

  // P1: the same 1-ISIN call through each build's client, in alternating blocks.
  const isin = JSON.parse(await post('bond_search', { limit: 1 })).data[0].isin;
  const clients = variants.map((v) =>
    v.core.createTerrapinClient({ apiKey: mock.apiKey, baseUrl: mock.url }),
  );
  const p1 = variants.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const i of round % 2 === 0 ? [0, 1] : [1, 0]) {
      for (let w = 0; w < 100; w++) await clients[i].bonds.reference({ isins: [isin] });
      for (let n = 0; n < 500; n++) {
        const start = nowMs();
        await clients[i].bonds.reference({ isins: [isin] });
        p1[i].push(nowMs() - start);
      }
    }
  }

  // P2: the same bytes validated by each build, per-parse times interleaved with JSON.parse alone.
  const p2 = {};
  for (const [search, operation] of [
    ['bond_search', 'bond_reference'],
    ['muni_search', 'muni_reference'],
  ]) {
    const isins = JSON.parse(await post(search, { limit: 1000 })).data.map((row) => row.isin);
    const rows = [];
    for (let i = 0; i < isins.length; i += 100) {
      rows.push(...JSON.parse(await post(operation, { isins: isins.slice(i, i + 100) })).data);
    }
    const text = JSON.stringify({ data: rows, total: rows.length });
    const times = { parse: [], a: [], b: [] };
    const validators = variants.map((v) => (doc) => v.core.validateResponse(operation, doc));
    for (const validate of validators) {
      if (!validate(JSON.parse(text)).success) throw new Error(`${operation}: a build rejects the answer`);
    }
    for (let n = 0; n < ROUNDS * 20; n++) {
      let start = nowMs();
      JSON.parse(text);
      times.parse.push(nowMs() - start);
      for (const [key, validate] of n % 2 === 0
        ? [
            ['a', validators[0]],
            ['b', validators[1]],
          ]
        : [
            ['b', validators[1]],
            ['a', validators[0]],
          ]) {
        start = nowMs();
        validate(JSON.parse(text));
        times[key].push(nowMs() - start);
      }
    }
    p2[operation] = { rows: rows.length, parse: median(times.parse), a: median(times.a), b: median(times.b) };
  }

  const [a, b] = variants;
  const f = (ms) => `${ms.toFixed(3)} ms`;
  console.log(
    `A = ${a.rev} (${a.sha}), B = ${b.rev} (${b.sha}); ${ROUNDS} rounds; load ${(await import('node:os')).loadavg()[0].toFixed(2)}`,
  );
  console.log('| figure | A | B | B / A |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, pick] of [
    ['P1 1-ISIN call, median', (xs) => median(xs)],
    ['P1 1-ISIN call, p95', (xs) => percentile(xs, 95)],
  ]) {
    const [x, y] = [pick(p1[0]), pick(p1[1])];
    console.log(`| ${name} | ${f(x)} | ${f(y)} | ${(y / x).toFixed(3)}× |`);
  }
  for (const [operation, r] of Object.entries(p2)) {
    console.log(
      `| P2 ${operation} ${r.rows} rows, parse+validate (÷ parse ${f(r.parse)}) | ${f(r.a)} (${(r.a / r.parse).toFixed(2)}×) | ${f(r.b)} (${(r.b / r.parse).toFixed(2)}×) | ${(r.b / r.a).toFixed(3)}× |`,
    );
  }
  console.log(
    `| P5 browser bundle, gzip -9 | ${a.gzipBytes} B | ${b.gzipBytes} B | ${b.gzipBytes - a.gzipBytes >= 0 ? '+' : ''}${b.gzipBytes - a.gzipBytes} B |`,
  );
} finally {
  await mock.close();
}
