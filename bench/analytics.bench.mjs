// Benchmark of @terrapin/core/analytics (issue #4): yield-from-price and price-from-yield for 10,000 varied
// bullets, timed over several runs; reports the median time per bond. Uses the built package: run
// `pnpm --filter @terrapin/core build` first. `node bench/analytics.bench.mjs` prints a table; the bench
// harness imports `run()`.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DIST = new URL('../packages/core/dist/analytics/index.js', import.meta.url);
const BONDS = 10_000;
const RUNS = 9;
const GOAL_US = 20;
const SETTLEMENT = '2025-06-17';
const DAY_COUNTS = ['30/360', 'act/act (ICMA)', 'act/act (ISDA)', '30E/360', 'act/360', 'act/365'];
const FREQUENCIES = [1, 2, 2, 2, 4, 12];

/** Deterministic PRNG (mulberry32), so every run prices the same universe. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** 10,000 bullets maturing 3 months to 30 years out, a quarter of them with an odd first period. */
function universe() {
  const rnd = random(20250617);
  const settle = Date.parse(SETTLEMENT);
  const bonds = [];
  for (let i = 0; i < BONDS; i += 1) {
    const maturity = settle + Math.round((90 + rnd() * 30 * 365) * DAY);
    const bond = {
      coupon: Math.round(rnd() * 80) / 8,
      frequency: FREQUENCIES[Math.floor(rnd() * FREQUENCIES.length)],
      maturity: iso(maturity),
      dayCount: DAY_COUNTS[Math.floor(rnd() * DAY_COUNTS.length)],
    };
    if (rnd() < 0.25) {
      // Issued 1-10 years before maturity on a date off the grid: odd first period (some still running).
      bond.issueDate = iso(Math.min(settle - DAY, maturity - Math.round((365 + rnd() * 9 * 365) * DAY)));
    }
    bonds.push({ bond, yieldPct: 0.5 + rnd() * 9 });
  }
  return bonds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median µs per bond of `body` over RUNS timed runs (after one warm-up). */
function time(body) {
  body();
  const perBond = [];
  for (let r = 0; r < RUNS; r += 1) {
    const start = process.hrtime.bigint();
    body();
    perBond.push(Number(process.hrtime.bigint() - start) / 1000 / BONDS);
  }
  return median(perBond);
}

/**
 * Runs the benchmark and returns one row per measure, in the shape the bench harness collects.
 * @returns {Promise<Array<{ name: string, value: number, unit: 'µs/bond', baseline: null, ratio: null, goal: string, met: boolean }>>}
 */
export async function run() {
  if (!existsSync(DIST)) {
    throw new Error(
      `bench/analytics: ${fileURLToPath(DIST)} is missing; run \`pnpm --filter @terrapin/core build\` first`,
    );
  }
  const { priceFromYield, yieldFromPrice } = await import(DIST.href);
  const bonds = universe();
  const prices = bonds.map(({ bond, yieldPct }) => priceFromYield(bond, yieldPct, SETTLEMENT));

  // Check before timing: every solve returns the yield its price came from.
  let worst = 0;
  for (let i = 0; i < BONDS; i += 1) {
    const { bond, yieldPct } = bonds[i];
    worst = Math.max(worst, Math.abs(yieldFromPrice(bond, prices[i], SETTLEMENT) - yieldPct));
  }
  if (!(worst < 1e-9)) throw new Error(`bench/analytics: yield round trip off by ${worst}`);

  let sink = 0;
  const yieldUs = time(() => {
    for (let i = 0; i < BONDS; i += 1) sink += yieldFromPrice(bonds[i].bond, prices[i], SETTLEMENT);
  });
  const priceUs = time(() => {
    for (let i = 0; i < BONDS; i += 1) sink += priceFromYield(bonds[i].bond, bonds[i].yieldPct, SETTLEMENT);
  });
  if (!Number.isFinite(sink)) throw new Error('bench/analytics: non-finite result');

  const row = (name, value) => ({
    name,
    value: Number(value.toFixed(3)),
    unit: 'µs/bond',
    baseline: null,
    ratio: null,
    goal: `< ${GOAL_US} µs/bond`,
    met: value < GOAL_US,
  });
  return [
    row(`analytics: yieldFromPrice, ${BONDS.toLocaleString('en-US')} bonds (median of ${RUNS})`, yieldUs),
    row(`analytics: priceFromYield, ${BONDS.toLocaleString('en-US')} bonds (median of ${RUNS})`, priceUs),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await run();
  console.table(rows.map(({ name, value, unit, goal, met }) => ({ name, value, unit, goal, met })));
}
