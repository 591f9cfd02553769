// Machine-readable goals (`{ op, value, of }`) and the one place that decides whether a figure met its goal, so
// `met` in results.json is computed by the harness, never asserted by a scenario.

const OPS = {
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
};
const SYMBOLS = { '<=': '≤', '<': '<', '>=': '≥', '>': '>' };

/**
 * A goal as `{ op, value, of }` (`of` is `'value'` or `'ratio'`), or `null`. Also accepts the short text form
 * other benches use (`'< 20 µs/bond'`, `'≤ 1.25×'`): a trailing `×`/`x` means a ratio.
 */
export function normalizeGoal(goal) {
  if (goal === null || goal === undefined) return null;
  if (typeof goal === 'object') {
    if (!(goal.op in OPS) || !Number.isFinite(goal.value) || !['value', 'ratio'].includes(goal.of)) {
      throw new Error(`bench: malformed goal ${JSON.stringify(goal)}`);
    }
    return { op: goal.op, value: goal.value, of: goal.of };
  }
  const match = /^\s*(<=|>=|<|>|≤|≥)\s*([\d.]+)\s*(.*)$/.exec(String(goal));
  if (!match) throw new Error(`bench: cannot read goal "${goal}"`);
  const op = { '≤': '<=', '≥': '>=' }[match[1]] ?? match[1];
  const of = /^[×x]\s*$/.test(match[3]) ? 'ratio' : 'value';
  return { op, value: Number(match[2]), of };
}

/** Whether `figure` ({ value, ratio }) meets `goal`; `null` when there is no goal or nothing to judge. */
export function meets(goal, figure) {
  if (!goal) return null;
  const actual = figure[goal.of];
  if (actual === null || actual === undefined || !Number.isFinite(actual)) return false;
  return OPS[goal.op](actual, goal.value);
}

/** `≤ 1.10×` or `≤ 25 KB`. */
export function describeGoal(goal, unit) {
  if (!goal) return '—';
  return goal.of === 'ratio'
    ? `${SYMBOLS[goal.op]} ${goal.value}×`
    : `${SYMBOLS[goal.op]} ${goal.value} ${unit}`;
}
