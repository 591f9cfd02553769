import type { RateLimitInfo, TerrapinClient } from '@terrapin/core';
import type { UserLimitsStatus } from './user-limits';

/** The body of `GET /_status`. */
export interface TerrapinProxyStatus {
  /** The shared quota ledger: distinct ISINs pulled by everyone this month (UTC), and the client's budget. */
  quota: { period: string; used: number; budget: number | null };
  /**
   * The API's last rate-limit headers, parsed (`null` before the first answer), with `observedAt`: when this proxy
   * first saw that state (epoch ms), so a front end can count the reset down.
   */
  rateLimit: (RateLimitInfo & { observedAt: number | null }) | null;
  /** The caller's own per-user limits (`null` when none are configured). */
  user: UserLimitsStatus | null;
}

/** Reads what `GET /_status` reports. Sends nothing upstream. */
export async function readStatus(
  client: TerrapinClient,
  rateLimitSeenAt: number | null,
  user: () => Promise<UserLimitsStatus | null>,
): Promise<TerrapinProxyStatus> {
  const period = client.quota.period;
  const [used, userStatus] = await Promise.all([client.quota.used(), user()]);
  const rateLimit = client.rateLimit;
  return {
    quota: { period, used, budget: client.quota.budget },
    rateLimit: rateLimit ? { ...rateLimit, observedAt: rateLimitSeenAt } : null,
    user: userStatus,
  };
}

/**
 * Notes when the client's rate-limit state last changed (core keeps the state, not its time). Call it after each
 * upstream call; `seenAt()` is the epoch ms of the first sighting of the current state.
 */
export function rateLimitClock(client: TerrapinClient, now: () => number = Date.now) {
  let last: RateLimitInfo | null = null;
  let at: number | null = null;
  return {
    note(): void {
      const current = client.rateLimit;
      if (current !== null && current !== last) {
        last = current;
        at = now();
      }
    },
    seenAt: (): number | null => at,
  };
}
