// Small statistics helpers shared by the bench scenarios: robust figures (median, nearest-rank percentiles) and a
// monotonic clock. Benchmarks report ratios measured in one run (DESIGN.md "Quality bar"), so nothing here keeps
// state between runs.

/** Median of a non-empty list (the lower middle for even lengths, so it is always an observed value). */
export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile `p` (0–100) of a non-empty list. */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Milliseconds since an arbitrary origin, sub-microsecond resolution. */
export function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Runs `body` and returns how long it took, in ms. */
export async function timeAsync(body) {
  const start = nowMs();
  await body();
  return nowMs() - start;
}

/** Runs `body` synchronously and returns how long it took, in ms. */
export function timeSync(body) {
  const start = nowMs();
  body();
  return nowMs() - start;
}

/** Rounds to `digits` significant decimals for display and results.json. */
export function round(value, digits = 3) {
  if (value === null || value === undefined || !Number.isFinite(value)) return value ?? null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Deterministic PRNG (mulberry32): every run of a scenario sees the same workload. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Resolves after `ms`. */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
