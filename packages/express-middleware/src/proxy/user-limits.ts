import type { QuotaStore } from '@terrapin/core';
import type { SafeErrorResponse } from '../errors/safe-error-response';
import { MemoryUserQuotaStore } from '../stores/user-quota-store';
import { MemoryUserRateLimitStore, type UserRateLimitStore } from '../stores/user-rate-limit-store';
import type { UserRateLimitOptions } from './proxy-options';

/** What `GET /_status` tells a user about their own limits. */
export interface UserLimitsStatus {
  quota: { period: string; used: number; budget: number } | null;
  rateLimit: { limit: number; windowMs: number } | null;
}

// A JavaScript caller still passing the old `windowSeconds` would otherwise get a NaN window that admits
// everyone: refuse the options at mount time, naming the field.
function checkedRate(rate: UserRateLimitOptions): UserRateLimitOptions {
  const { limit, windowMs } = rate;
  if (!(Number.isInteger(limit) && limit > 0) || !(Number.isFinite(windowMs) && windowMs >= 1)) {
    throw new TypeError(
      `terrapinProxy: userRateLimit must be { limit: positive integer, windowMs: milliseconds ≥ 1 }, got ${JSON.stringify(rate)}` +
        ('windowSeconds' in rate ? ' (windowSeconds was renamed windowMs, in milliseconds)' : ''),
    );
  }
  return rate;
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
    this.#rate = options.rate ? checkedRate(options.rate) : null;
    this.#budget = options.budget ?? null;
    this.#rateStore = stores.rate ?? new MemoryUserRateLimitStore();
    this.#quotaStore = stores.quota ?? new MemoryUserQuotaStore();
  }

  /** Whether any per-user limit is configured (else `identify` is never called). */
  get enabled(): boolean {
    return this.#rate !== null || this.#budget !== null;
  }

  /**
   * Counts one request of `user`: a refusal in the API's 429 shape when over the rate, else the user's own
   * `ratelimit`/`ratelimit-policy` headers (issue 14 #6: the browser paces on its own budget, not the server key's),
   * in the IETF draft form core's parser reads. `{ headers: {} }` when no per-user rate is set.
   */
  async admit(user: string): Promise<{ refusal: SafeErrorResponse | null; headers: Record<string, string> }> {
    if (!this.#rate) return { refusal: null, headers: {} };
    const { limit, windowMs } = this.#rate;
    const windowSeconds = Math.ceil(windowMs / 1000);
    const decision = await this.#rateStore.hit(user, { limit, windowMs }, Date.now());
    const seconds = Math.max(1, Math.ceil(decision.resetMs / 1000));
    const headers = {
      ratelimit: `limit=${limit}, remaining=${decision.remaining}, reset=${seconds}`,
      'ratelimit-policy': `${limit};w=${windowSeconds}`,
    };
    if (decision.allowed) return { refusal: null, headers };
    return {
      refusal: {
        status: 429,
        errors: [
          {
            detail: `Too many requests: this server allows ${limit} requests per ${windowSeconds} s per user; retry after ${seconds} s`,
          },
        ],
        headers: { 'retry-after': String(seconds), ...headers },
        serverFault: false,
      },
      headers,
    };
  }

  /**
   * Reserves the call's new ISINs against `user`'s monthly budget in one atomic step of the store (issue 14 #16), or
   * a 403 when they would pass it (nothing counted then). Resolves the ISINs reserved, for {@link release}.
   */
  async reserveBudget(
    user: string,
    period: string,
    isins: readonly string[],
  ): Promise<{ refusal: SafeErrorResponse; reserved?: undefined } | { refusal: null; reserved: string[] }> {
    if (this.#budget === null || isins.length === 0) return { refusal: null, reserved: [] };
    const key = userPeriod(period, user);
    const unique = [...new Set(isins)];
    const reservation = this.#quotaStore.reserve
      ? await this.#quotaStore.reserve(key, unique, this.#budget)
      : await checkThenAdd(this.#quotaStore, key, unique, this.#budget);
    if (reservation.ok) return { refusal: null, reserved: reservation.added };
    const fresh = reservation.fresh.length;
    return {
      refusal: {
        status: 403,
        errors: [
          {
            // Says "quota" so a browser-side core client reads it as TerrapinQuotaExceededError.
            detail:
              `Monthly ISIN quota for your account used up: ${reservation.used} of ${this.#budget} distinct ISINs ` +
              `pulled in ${period} (UTC), this call would add ${fresh}`,
          },
        ],
        headers: { 'retry-after': String(secondsUntilNextMonth()) },
        serverFault: false,
      },
    };
  }

  /** Un-counts a reservation whose call failed (nothing was pulled). Never throws: that only over-counts. */
  async release(user: string, period: string, reserved: readonly string[]): Promise<void> {
    if (reserved.length === 0 || !this.#quotaStore.remove) return;
    await this.#quotaStore.remove(userPeriod(period, user), reserved).catch(() => {});
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

// For a custom store without `reserve`: two steps, so concurrent calls of one user may pass the budget together.
async function checkThenAdd(store: QuotaStore, key: string, isins: string[], budget: number) {
  const [counted, used] = await Promise.all([store.has(key, isins), store.count(key)]);
  const fresh = isins.filter((_, i) => !counted[i]);
  if (used + fresh.length > budget) return { ok: false as const, used, fresh };
  if (fresh.length > 0) await store.add(key, fresh);
  return { ok: true as const, added: fresh, used: used + fresh.length };
}
