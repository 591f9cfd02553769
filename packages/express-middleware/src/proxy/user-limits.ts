import { MemoryQuotaStore, type QuotaStore } from '@terrapin/core';
import type { SafeErrorResponse } from '../errors/safe-error-response';
import { MemoryUserRateLimitStore, type UserRateLimitStore } from '../stores/user-rate-limit-store';
import type { UserRateLimitOptions } from './proxy-options';

/** What `GET /_status` tells a user about their own limits. */
export interface UserLimitsStatus {
  quota: { period: string; used: number; budget: number } | null;
  rateLimit: { limit: number; windowSeconds: number } | null;
}

/**
 * The proxy's per-user limits: a request rate and a monthly distinct-ISIN budget, each in its own store so several
 * processes can share them. Users are whatever `identify(req)` returns.
 */
export class UserLimits {
  readonly #rate: UserRateLimitOptions | null;
  readonly #budget: number | null;
  readonly #rateStore: UserRateLimitStore;
  readonly #quotaStore: QuotaStore;

  constructor(
    options: { rate?: UserRateLimitOptions | undefined; budget?: number | undefined },
    stores: { rate?: UserRateLimitStore | undefined; quota?: QuotaStore | undefined },
  ) {
    this.#rate = options.rate ?? null;
    this.#budget = options.budget ?? null;
    this.#rateStore = stores.rate ?? new MemoryUserRateLimitStore();
    this.#quotaStore = stores.quota ?? new MemoryQuotaStore();
  }

  /** Whether any per-user limit is configured (else `identify` is never called). */
  get enabled(): boolean {
    return this.#rate !== null || this.#budget !== null;
  }

  /** Counts one request of `user`; a refusal in the API's 429 shape when over the rate. */
  async admit(user: string): Promise<SafeErrorResponse | null> {
    if (!this.#rate) return null;
    const { limit, windowSeconds } = this.#rate;
    const decision = await this.#rateStore.hit(user, { limit, windowMs: windowSeconds * 1000 }, Date.now());
    if (decision.allowed) return null;
    const seconds = Math.max(1, Math.ceil(decision.resetMs / 1000));
    return {
      status: 429,
      errors: [
        {
          detail: `Too many requests: this server allows ${limit} requests per ${windowSeconds} s per user; retry after ${seconds} s`,
        },
      ],
      // The same header forms as the API's 429 (CONTRACT.md §4), describing this user's limit.
      headers: {
        'retry-after': String(seconds),
        ratelimit: `limit=${limit}, remaining=0, reset=${seconds}`,
        'ratelimit-policy': `${limit};w=${windowSeconds}`,
      },
      serverFault: false,
    };
  }

  /** A 403 when the call's new ISINs would take `user` past the monthly budget; nothing is recorded. */
  async checkBudget(
    user: string,
    period: string,
    isins: readonly string[],
  ): Promise<SafeErrorResponse | null> {
    if (this.#budget === null || isins.length === 0) return null;
    const key = userPeriod(period, user);
    const unique = [...new Set(isins)];
    const [counted, used] = await Promise.all([
      this.#quotaStore.has(key, unique),
      this.#quotaStore.count(key),
    ]);
    const fresh = counted.filter((c) => !c).length;
    if (used + fresh <= this.#budget) return null;
    return {
      status: 403,
      errors: [
        {
          // Says "quota" so a browser-side core client reads it as TerrapinQuotaExceededError.
          detail:
            `Monthly ISIN quota for your account used up: ${used} of ${this.#budget} distinct ISINs pulled in ` +
            `${period} (UTC), this call would add ${fresh}`,
        },
      ],
      headers: { 'retry-after': String(secondsUntilNextMonth()) },
      serverFault: false,
    };
  }

  /**
   * Counts the ISINs a successful call asked for against `user`. (Recording after the answer, not before, means
   * concurrent calls of one user may together pass the budget by their overlap: the same trade-off core makes.)
   */
  async record(user: string, period: string, isins: readonly string[]): Promise<void> {
    if (this.#budget === null || isins.length === 0) return;
    await this.#quotaStore.add(userPeriod(period, user), [...new Set(isins)]);
  }

  /** The user's own numbers, for `GET /_status`. */
  async status(user: string, period: string): Promise<UserLimitsStatus> {
    return {
      quota:
        this.#budget === null
          ? null
          : { period, used: await this.#quotaStore.count(userPeriod(period, user)), budget: this.#budget },
      rateLimit: this.#rate,
    };
  }
}

// The month first, so the Redis quota store can derive its expiry from the label.
function userPeriod(period: string, user: string): string {
  return `${period}:${user}`;
}

function secondsUntilNextMonth(now = new Date()): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.max(1, Math.ceil((next - now.getTime()) / 1000));
}
