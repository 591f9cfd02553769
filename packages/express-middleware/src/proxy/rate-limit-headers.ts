import { parseRateLimitHeaders, type RateLimitInfo } from '@terrapin/core';

/**
 * Longest wait the proxy ever tells a browser (`retry-after`, `reset`): an upstream's absurd value (seen:
 * `retry-after: 251605907304`) is clamped to this, never forwarded raw (issue 14 #6).
 */
export const MAX_ADVERTISED_WAIT_SECONDS = 3600;

// Counts above this are not a real rate limit: left out rather than passed on.
const MAX_COUNT = 1_000_000_000;

/** Whole seconds in [1, {@link MAX_ADVERTISED_WAIT_SECONDS}] for `retry-after`, or `null` for a non-number. */
export function clampRetryAfterSeconds(seconds: number): number | null {
  if (!Number.isFinite(seconds)) return null;
  return Math.min(MAX_ADVERTISED_WAIT_SECONDS, Math.max(1, Math.ceil(seconds)));
}

/**
 * Rebuilds the API's rate-limit headers (CONTRACT.md §4) from what core parsed, so the browser sees
 * `ratelimit: limit=100, remaining=42, reset=23` and `ratelimit-policy: 100;w=60` in the form core's parser reads.
 * Values are sanity-checked: negative, non-integer-sized or absurd counts are dropped, `reset` is clamped.
 */
export function rateLimitHeaders(info: RateLimitInfo | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!info) return headers;
  const parts: string[] = [];
  if (isCount(info.limit)) parts.push(`limit=${Math.floor(info.limit)}`);
  if (isCount(info.remaining)) parts.push(`remaining=${Math.floor(info.remaining)}`);
  if (info.resetMs !== null && Number.isFinite(info.resetMs) && info.resetMs >= 0) {
    parts.push(`reset=${Math.min(MAX_ADVERTISED_WAIT_SECONDS, Math.ceil(info.resetMs / 1000))}`);
  }
  if (parts.length > 0) headers.ratelimit = parts.join(', ');
  const policy = info.policy;
  if (policy && isCount(policy.limit) && policy.windowMs > 0 && policy.windowMs <= 86_400_000) {
    headers['ratelimit-policy'] = `${Math.floor(policy.limit)};w=${Math.ceil(policy.windowMs / 1000)}`;
  }
  return headers;
}

/** The same, from raw upstream headers (error answers): parsed by core, then rebuilt and clamped. */
export function rateLimitHeadersFrom(raw: Readonly<Record<string, string>>): Record<string, string> {
  const headers = new Headers();
  for (const name of ['ratelimit', 'ratelimit-policy']) {
    const value = raw[name];
    if (value !== undefined) headers.set(name, value);
  }
  return rateLimitHeaders(parseRateLimitHeaders(headers));
}

function isCount(n: number | null): n is number {
  return n !== null && Number.isFinite(n) && n >= 0 && n <= MAX_COUNT;
}
