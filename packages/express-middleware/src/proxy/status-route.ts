import type { RateLimitInfo, TerrapinClient } from '@terrapin/core';
import type { UserLimitsStatus } from './user-limits';

/** The body of `GET /_status`. */
export interface TerrapinProxyStatus {
  /** The shared quota ledger: distinct ISINs pulled by everyone this month (UTC), and the client's budget. */
  quota: { period: string; used: number; budget: number | null };
  /** The API's last rate-limit headers, parsed (`null` before the first answer). */
  rateLimit: RateLimitInfo | null;
  /** The caller's own per-user limits (`null` when none are configured). */
  user: UserLimitsStatus | null;
}

/** Reads what `GET /_status` reports. Sends nothing upstream. */
export async function readStatus(
  client: TerrapinClient,
  user: () => Promise<UserLimitsStatus | null>,
): Promise<TerrapinProxyStatus> {
  const period = client.quota.period;
  const [used, userStatus] = await Promise.all([client.quota.used(), user()]);
  return {
    quota: { period, used, budget: client.quota.budget },
    rateLimit: client.rateLimit,
    user: userStatus,
  };
}
