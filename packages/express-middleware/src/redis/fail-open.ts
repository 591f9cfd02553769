import type { QuotaReservation, QuotaStore, RateLimitStore } from '@terrapin/core';
import { SharedStateUnavailableError } from '../errors/shared-state-error';
import type { UserRateLimitStore } from '../stores/user-rate-limit-store';

/**
 * What each store does while Redis is unreachable (issue 14 #17). The cache always degrades to a miss (the request
 * carries on upstream); pacing and budgets fail closed by default: the proxy answers 503 "shared state unavailable"
 * at once rather than send without knowing what the other processes sent or spent.
 */
export interface RedisUnavailablePolicy {
  /**
   * `'allow'`: while Redis is down, send without shared pacing (the server key's and each user's rate) and rely on
   * the API's own 429s. `'fail'`: answer 503.
   * @default 'fail'
   */
  pacing?: 'fail' | 'allow';
  /**
   * `'allow'`: while Redis is down, let calls through without checking or counting the monthly budgets (the
   * server's and each user's). `'fail'`: answer 503.
   * @default 'fail'
   */
  budgets?: 'fail' | 'allow';
}

/** Runs `action`; when the shared state is unavailable, resolves `fallback()` instead. Other errors stay errors. */
async function orElse<T>(action: () => Promise<T>, fallback: () => T): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (SharedStateUnavailableError.is(error)) return fallback();
    throw error;
  }
}

/** Pacing that lets every request go at once while Redis is down. */
export function failOpenRateLimit(store: RateLimitStore): RateLimitStore {
  return {
    reserve: (key, policy, now) =>
      orElse(
        () => store.reserve(key, policy, now),
        () => now,
      ),
    // A slot handed out while Redis was down was never stored: there is nothing to give back.
    release: (key, slot) =>
      orElse(
        () => store.release(key, slot),
        () => undefined,
      ),
    observe: (key, observation) =>
      orElse(
        () => store.observe(key, observation),
        () => undefined,
      ),
    pauseUntil: (key, until) =>
      orElse(
        () => store.pauseUntil(key, until),
        () => undefined,
      ),
  };
}

/** Per-user pacing that allows every request while Redis is down. */
export function failOpenUserRateLimit(store: UserRateLimitStore): UserRateLimitStore {
  return {
    hit: (key, rule, now) =>
      orElse(
        () => store.hit(key, rule, now),
        () => ({ allowed: true, remaining: rule.limit, resetMs: rule.windowMs }),
      ),
  };
}

/** A budget ledger that counts nothing and refuses nothing while Redis is down. */
export function failOpenQuota(store: QuotaStore): QuotaStore {
  const reserve = store.reserve?.bind(store);
  const remove = store.remove?.bind(store);
  return {
    add: (period, isins) =>
      orElse(
        () => store.add(period, isins),
        () => 0,
      ),
    has: (period, isins) =>
      orElse(
        () => store.has(period, isins),
        () => isins.map(() => false),
      ),
    count: (period) =>
      orElse(
        () => store.count(period),
        () => 0,
      ),
    list: (period) =>
      orElse(
        () => store.list(period),
        () => [],
      ),
    ...(reserve && remove
      ? {
          reserve: (period: string, isins: readonly string[], budget: number) =>
            orElse(
              () => reserve(period, isins, budget),
              (): QuotaReservation => ({ ok: true, added: [], used: 0 }),
            ),
          remove: (period: string, isins: readonly string[]) =>
            orElse(
              () => remove(period, isins),
              () => undefined,
            ),
        }
      : {}),
  };
}
