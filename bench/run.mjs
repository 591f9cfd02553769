#!/usr/bin/env node
/**
 * `pnpm bench` (issue 10): builds first (root script), then runs every scenario several times against the built
 * packages, prints one table (median, p95, baseline, ratio, goal, met) and writes bench/results.json.
 *
 *   node bench/run.mjs                   every scenario, results.json written
 *   node bench/run.mjs --only P1,P5      some scenarios (results.json only with --write)
 *   node bench/run.mjs --runs 3          override each scenario's run count
 *   node bench/run.mjs --strict          exit 1 when a goal is missed (a crashed scenario always exits 1)
 *
 * Benchmarks report ratios measured in one run on this machine; they are never timed tests (DESIGN.md).
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { run as runAnalytics } from './analytics.bench.mjs';
import { missingBuilds, staleBuilds } from './lib/packages.mjs';
import { aggregate, formatTable, unmeasured } from './lib/report.mjs';
import { scenario as p1 } from './p1-client-overhead.bench.mjs';
import { scenario as p2 } from './p2-validation.bench.mjs';
import { scenario as p3 } from './p3-bulk-rate-limit.bench.mjs';
import { scenario as p4 } from './p4-proxy.bench.mjs';
import { scenario as p5 } from './p5-bundle-size.bench.mjs';
import { scenario as p6 } from './p6-cli-startup.bench.mjs';

/** The analytics engineer's bench (bench/analytics.bench.mjs) already takes its own median of 9; run it once. */
const analytics = {
  id: 'A',
  title: 'analytics per-bond cost',
  needs: ['core'],
  runs: 1,
  figures: [
    { key: 'yield', name: 'A  analytics: yieldFromPrice per bond', unit: 'µs/bond', goal: '< 20 µs/bond' },
    { key: 'price', name: 'A  analytics: priceFromYield per bond', unit: 'µs/bond', goal: '< 20 µs/bond' },
  ],
  async measure() {
    const rows = await runAnalytics();
    const pick = (prefix) => rows.find((r) => r.name.startsWith(prefix));
    return [
      { key: 'yield', value: pick('analytics: yieldFromPrice').value },
      { key: 'price', value: pick('analytics: priceFromYield').value },
    ];
  },
};

const SCENARIOS = [p1, p2, p3, p4, p5, p6, analytics];
const RESULTS = new URL('./results.json', import.meta.url);

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    runs: { type: 'string' },
    write: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});

const wanted = args.only ? new Set(args.only.split(',').map((s) => s.trim().toUpperCase())) : null;
const selected = SCENARIOS.filter((s) => !wanted || wanted.has(s.id.toUpperCase()));
if (selected.length === 0) {
  console.error(
    `bench: no scenario matches --only ${args.only} (known: ${SCENARIOS.map((s) => s.id).join(', ')})`,
  );
  process.exit(2);
}

const load = () => loadavg()[0].toFixed(2);
console.log(
  `terrapin bench — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load ${load()}, ${new Date().toISOString()}`,
);
if (loadavg()[0] > cpus().length) {
  console.warn(
    `bench: the machine is busy (load ${load()} on ${cpus().length} cores): timings will be noisy`,
  );
}
const stale = staleBuilds([...new Set(selected.flatMap((s) => s.needs))]);
if (stale.length) {
  console.warn(`bench: src/ is newer than dist/ for ${stale.join(', ')}: run \`pnpm turbo run build\` first`);
}

const figures = [];
let crashed = false;
for (const scenario of selected) {
  const missing = missingBuilds(scenario.needs);
  if (missing.length) {
    const note = `not built: ${missing.join(', ')}`;
    console.log(`\n${scenario.id} ${scenario.title}: skipped (${note})`);
    figures.push(...scenario.figures.map((spec) => unmeasured(spec, note)));
    continue;
  }
  const runs = Number(args.runs ?? scenario.runs);
  console.log(`\n${scenario.id} ${scenario.title}: ${runs} run(s)`);
  const perFigure = new Map(scenario.figures.map((spec) => [spec.key, []]));
  let context;
  try {
    context = scenario.setup ? await scenario.setup() : undefined;
    for (let run = 0; run < runs; run++) {
      const started = Date.now();
      const measured = await scenario.measure(context, run);
      for (const m of measured) {
        const list = perFigure.get(m.key);
        if (!list) throw new Error(`${scenario.id} reported an undeclared figure "${m.key}"`);
        list.push(m);
      }
      console.log(`  run ${run + 1}/${runs} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    for (const spec of scenario.figures) {
      const list = perFigure.get(spec.key);
      figures.push(
        list.length
          ? aggregate(spec, list)
          : unmeasured(spec, scenario.unmeasuredNote?.(context, spec.key) ?? 'no measurement'),
      );
    }
    if (scenario.report) console.log(await scenario.report(context));
  } catch (error) {
    crashed = true;
    console.error(`  ${scenario.id} failed: ${error?.stack ?? error}`);
    figures.push(...scenario.figures.map((spec) => unmeasured(spec, 'scenario failed')));
  } finally {
    if (scenario.teardown && context !== undefined) await scenario.teardown(context);
  }
}

console.log(`\n${formatTable(figures)}\n`);
const judged = figures.filter((f) => f.goal !== null);
const missed = judged.filter((f) => f.met !== true);
console.log(
  `${judged.length - missed.length} of ${judged.length} goals met${missed.length ? `; missed: ${missed.map((f) => f.name.split(' ').slice(0, 2).join(' ')).join('; ')}` : ''} (load ${load()} at the end)`,
);

if (!wanted || args.write) {
  writeFileSync(RESULTS, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`wrote ${RESULTS.pathname}`);
}
process.exitCode = crashed || (args.strict && missed.length) ? 1 : 0;
