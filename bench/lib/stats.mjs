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

/** Rounds to `digits` significant decimals for display and results.json. */
export function round(value, digits = 3) {
  if (value === null || value === undefined || !Number.isFinite(value)) return value ?? null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Resolves after `ms`. */
export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
