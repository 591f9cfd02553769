#!/usr/bin/env node
/**
 * Cold-start benchmark for the `terrapin` binary (issue 8: `terrapin --version` ≤ 2.5× `node -e 0`).
 * Spawns each command N times (after 2 warm-up runs that fill the OS file cache), interleaved so machine noise
 * hits both sides alike, and reports medians and their ratio from the same run. Not a timed test: run it with
 * `node packages/cli/bench/startup.mjs [runs]` after building.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runs = Number(process.argv[2] ?? 20);
const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const cases = {
  'node -e 0': ['-e', '0'],
  'terrapin --version': [bin, '--version'],
  'terrapin --help': [bin, '--help'],
};

function once(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const samples = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let i = 0; i < runs + 2; i++) {
  for (const [name, args] of Object.entries(cases)) {
    const ms = once(args);
    if (i >= 2) samples[name].push(ms);
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const base = median(samples['node -e 0']);
const report = Object.entries(samples).map(([name, xs]) => ({
  command: name,
  medianMs: Number(median(xs).toFixed(1)),
  minMs: Number(Math.min(...xs).toFixed(1)),
  ratio: Number((median(xs) / base).toFixed(2)),
}));
console.table(report);
const version = report.find((r) => r.command === 'terrapin --version');
console.log(`terrapin --version / node -e 0 = ${version.ratio}x (target ≤ 2.5x, ${runs} runs each)`);
process.exitCode = version.ratio <= 2.5 ? 0 : 1;
