import type { RateLimitOptions } from '../types';

/** The limiter's answer for one key, which the response headers report (CONTRACT.md §4). */
export interface RateLimitState {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the oldest counted request leaves the window (0 when the window is empty). */
  resetSeconds: number;
  windowMs: number;
}

/**
 * A rolling-window limiter: each key keeps the times of its counted requests; a request is allowed while fewer
 * than `limit` fall in the last `windowMs`. Rejected requests are not counted.
 */
export class RollingWindowLimiter {
  private readonly log = new Map<string, number[]>();

  constructor(
    private readonly policy: RateLimitOptions,
    private readonly now: () => number,
  ) {
    // A caller still passing the old `windowSeconds` would get a NaN window that never fills: say so at start.
    if (
      !(Number.isInteger(policy.limit) && policy.limit > 0) ||
      !(Number.isFinite(policy.windowMs) && policy.windowMs >= 1)
    )
      throw new TypeError(
        `rateLimit must be { limit: positive integer, windowMs: milliseconds ≥ 1 } or false, got ${JSON.stringify(policy)}` +
          ('windowSeconds' in policy ? ' (windowSeconds was renamed windowMs, in milliseconds)' : ''),
      );
  }

  /** `ratelimit-policy` header value, e.g. `100;w=60`. */
  get policyHeader(): string {
    return `${this.policy.limit};w=${Math.ceil(this.policy.windowMs / 1000)}`;
  }

  private window(key: string, now: number): number[] {
    const cutoff = now - this.policy.windowMs;
    const times = (this.log.get(key) ?? []).filter((t) => t > cutoff);
    this.log.set(key, times);
    return times;
  }

  private state(times: number[], now: number, allowed: boolean): RateLimitState {
    const oldest = times[0];
    const resetMs = oldest === undefined ? 0 : oldest + this.policy.windowMs - now;
    return {
      allowed,
      limit: this.policy.limit,
      remaining: Math.max(0, this.policy.limit - times.length),
      resetSeconds: Math.max(0, Math.ceil(resetMs / 1000)),
      windowMs: this.policy.windowMs,
    };
  }

  /** Counts a request for `key` when the window has room. */
  take(key: string): RateLimitState {
    const now = this.now();
    const times = this.window(key, now);
    if (times.length >= this.policy.limit) return this.state(times, now, false);
    times.push(now);
    return this.state(times, now, true);
  }

  /** The state for `key` without counting anything. */
  peek(key: string): RateLimitState {
    const now = this.now();
    return this.state(this.window(key, now), now, true);
  }

  reset(): void {
    this.log.clear();
  }
}

/** The `ratelimit` header value: `limit=100, remaining=42, reset=23`. */
export function rateLimitHeader(state: RateLimitState): string {
  return `limit=${state.limit}, remaining=${state.remaining}, reset=${state.resetSeconds}`;
}
