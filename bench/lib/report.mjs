// Turns per-run measurements into the figures of results.json, and prints them as a table.
import { describeGoal, meets, normalizeGoal } from './goal.mjs';
import { median, percentile, round } from './stats.mjs';

/**
 * Aggregates the runs of one figure. `value` is the median over runs (or over the pooled samples when a scenario
 * reports per-operation samples, whose p95 is then meaningful); `ratio` is the median of the per-run ratios, each
 * measured against the baseline of the same run.
 * @param {{ key: string, name: string, unit: string, goal?: unknown }} spec
 * @param {Array<{ value: number, baseline?: number|null, samples?: number[], baselineSamples?: number[] }>} runs
 */
export function aggregate(spec, runs) {
  const goal = normalizeGoal(spec.goal);
  const pooled = runs.flatMap((r) => r.samples ?? []);
  const values = runs.map((r) => r.value);
  const pooledBaseline = runs.flatMap((r) => r.baselineSamples ?? []);
  const baselines = runs.map((r) => r.baseline).filter((b) => b !== null && b !== undefined);
  const ratios = runs
    .filter((r) => r.baseline !== null && r.baseline !== undefined && r.baseline !== 0)
    .map((r) => r.value / r.baseline);
  const figure = {
    name: spec.name,
    value: round(pooled.length ? median(pooled) : median(values), 4),
    unit: spec.unit,
    baseline: pooledBaseline.length
      ? round(median(pooledBaseline), 4)
      : baselines.length
        ? round(median(baselines), 4)
        : null,
    ratio: ratios.length ? round(median(ratios), 3) : null,
    goal,
    met: null,
    p95: round(pooled.length ? percentile(pooled, 95) : percentile(values, 95), 4),
    runs: runs.length,
  };
  figure.met = meets(goal, figure);
  return figure;
}

/** A figure that could not be measured (scenario skipped or failed): reported, never counted as met. */
export function unmeasured(spec, note) {
  return {
    name: spec.name,
    value: null,
    unit: spec.unit,
    baseline: null,
    ratio: null,
    goal: normalizeGoal(spec.goal),
    met: spec.goal ? false : null,
    p95: null,
    runs: 0,
    note,
  };
}

function show(value, unit) {
  if (value === null || value === undefined) return '—';
  if (unit === 'count') return String(value);
  const digits = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 10 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`;
}

/** The bench table as text: name, median, p95, baseline, ratio, goal, met. */
export function formatTable(figures) {
  const header = ['name', 'median', 'p95', 'baseline', 'ratio', 'goal', 'met'];
  const rows = figures.map((f) => [
    f.name,
    show(f.value, f.unit),
    show(f.p95, f.unit),
    show(f.baseline, f.unit),
    f.ratio === null ? '—' : `${f.ratio.toFixed(2)}×`,
    describeGoal(f.goal, f.unit),
    f.met === null ? (f.note ? `— (${f.note})` : '—') : f.met ? 'yes' : f.note ? `NO (${f.note})` : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
