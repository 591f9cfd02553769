/**
 * Yield from a dirty price: Newton's method kept inside a bracket that every step narrows, with bisection
 * (or bracket expansion) whenever a Newton step would leave it. The dirty price is strictly decreasing and
 * convex in the per-period rate x on (-1, ∞) and runs from +∞ to 0, so any positive price has exactly one
 * root and the safeguarded iteration always finds it.
 */
import { TerrapinAnalyticsError } from '../errors';
import { derivativesAt, type FlowContext } from './flows';

const MAX_ITERATIONS = 400;
const STEP_TOLERANCE = 1e-14;

/** Per-period rate x with dirtyAt(ctx, x) = target (target > 0). */
export function solveRate(ctx: FlowContext, target: number, guess: number): number {
  if (ctx.simple) {
    // Street convention, one payment left: P = K / (1 + x t), solved in closed form.
    return (ctx.flows[0].amount / target - 1) / ctx.flows[0].time;
  }
  let lo = -1;
  let hi = Number.POSITIVE_INFINITY;
  let x = Math.max(guess, -0.5);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration += 1) {
    const { price, d1 } = derivativesAt(ctx, x);
    const g = price - target;
    if (g === 0) return x;
    if (g > 0) lo = x;
    else hi = x;
    let next = x - g / d1;
    if (!(next > lo && next < hi)) {
      // Newton left the bracket (or overflowed): bisect, or walk right while no upper bound is known.
      next = hi === Number.POSITIVE_INFINITY ? (x < 1 ? x + 1 : x * 2) : (lo + hi) / 2;
    }
    if (Math.abs(next - x) <= STEP_TOLERANCE * Math.max(1, Math.abs(x))) return next;
    if (hi - lo <= STEP_TOLERANCE * Math.max(1, Math.abs(x))) return (lo + hi) / 2;
    x = next;
  }
  // Rounding noise can keep Newton stepping inside a bracket already far narrower than any quoted yield.
  if (hi - lo <= 1e-11) return (lo + hi) / 2;
  throw new TerrapinAnalyticsError(
    'not_converged',
    `yield solve did not converge (bracket ${lo}..${hi} per period); please report this bond and price`,
  );
}
