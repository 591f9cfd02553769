import { LRUCache } from 'lru-cache';

/** A per-user request rate: at most `limit` requests in any rolling window of `windowMs`. */
export interface UserRateLimitRule {
  limit: number;
  windowMs: number;
}

/** The outcome of one {@link UserRateLimitStore.hit}. */
export interface UserRateLimitDecision {
  /** Whether the request may go ahead (it was counted only if so). */
  allowed: boolean;
  /** Requests left in the window after this one. */
  remaining: number;
  /** Milliseconds until the oldest counted request leaves the window (frees one slot). */
  resetMs: number;
}

/**
 * Counts each user's requests to the proxy (the proxy's own limit, in front of the API's). Unlike core's
 * `RateLimitStore`, which reserves a later send slot, this one answers at once: a refused request is not counted,
 * so a user who retries too early is not pushed further back.
 */
export interface UserRateLimitStore {
  /** Atomically counts one request of `key` at `now` if the rule allows it. */
  hit(key: string, rule: UserRateLimitRule, now: number): Promise<UserRateLimitDecision>;
}

/** Options for {@link MemoryUserRateLimitStore}. */
export interface MemoryUserRateLimitStoreOptions {
  /**
   * Most users tracked at once; the least recently seen are forgotten first (so memory stays bounded).
   * @default 10_000
   */
  maxUsers?: number;
}

/**
 * In-process sliding-log rate limiter (one array of timestamps per user, at most `limit` long).
 */
export class MemoryUserRateLimitStore implements UserRateLimitStore {
  readonly #log: LRUCache<string, number[]>;

  constructor(options: MemoryUserRateLimitStoreOptions = {}) {
    this.#log = new LRUCache<string, number[]>({ max: options.maxUsers ?? 10_000 });
  }

  async hit(key: string, rule: UserRateLimitRule, now: number): Promise<UserRateLimitDecision> {
    const since = now - rule.windowMs;
    const log = (this.#log.get(key) ?? []).filter((t) => t > since);
    if (log.length >= rule.limit) {
      this.#log.set(key, log);
      const oldest = log[log.length - rule.limit] ?? now;
      return { allowed: false, remaining: 0, resetMs: Math.max(1, oldest + rule.windowMs - now) };
    }
    log.push(now);
    this.#log.set(key, log);
    const first = log[0] ?? now;
    return {
      allowed: true,
      remaining: rule.limit - log.length,
      resetMs: Math.max(1, first + rule.windowMs - now),
    };
  }
}
