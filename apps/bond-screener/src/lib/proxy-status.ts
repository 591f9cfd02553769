import { isRecord } from '@terrapin/core/adapter-kit';
export interface ProxyStatus {
  quota: { period: string | null; used: number; budget: number | null } | null;
  rateLimit: {
    limit: number | null;
    remaining: number | null;
    resetSeconds: number | null;
    /** When the proxy last heard from the API (epoch ms), to age the reset countdown. */
    observedAt: number | null;
  } | null;
}

type Json = Record<string, unknown>;
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null);
// The proxy reports core's RateLimitInfo, whose durations are milliseconds; the footer counts down in seconds.
const secondsFrom = (ms: number | null) => (ms === null ? null : ms / 1000);
const obj = (value: unknown): Json | null => (isRecord(value) ? value : null);

/** Reads the proxy's status document; tolerant of missing parts (no request made yet → no rate-limit state). */
export function parseProxyStatus(body: unknown): ProxyStatus {
  const root = obj(body) ?? {};
  const quota = obj(root.quota);
  const rate = obj(root.rateLimit);
  const used = num(quota?.used ?? quota?.distinctIsins ?? quota?.count);
  return {
    quota:
      quota && used !== null
        ? {
            period: typeof quota.period === 'string' ? quota.period : null,
            used,
            budget: num(quota.budget ?? quota.limit),
          }
        : null,
    rateLimit: rate
      ? {
          limit: num(rate.limit),
          remaining: num(rate.remaining),
          resetSeconds: secondsFrom(num(rate.resetMs)),
          observedAt: num(rate.observedAt),
        }
      : null,
  };
}
