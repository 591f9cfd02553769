import type { RateLimitInfo } from '@terrapin/core';

/**
 * Rebuilds the API's rate-limit headers (CONTRACT.md §4) from what core parsed, so the browser sees the same
 * `ratelimit: limit=100, remaining=42, reset=23` and `ratelimit-policy: 100;w=60` the server got.
 */
export function rateLimitHeaders(info: RateLimitInfo | null): Record<string, string> {
  const headers: Record<string, string> = {};
  if (!info) return headers;
  const parts: string[] = [];
  if (info.limit !== null) parts.push(`limit=${info.limit}`);
  if (info.remaining !== null) parts.push(`remaining=${info.remaining}`);
  if (info.resetSeconds !== null) parts.push(`reset=${Math.ceil(info.resetSeconds)}`);
  if (parts.length > 0) headers.ratelimit = parts.join(', ');
  if (info.policy) headers['ratelimit-policy'] = `${info.policy.limit};w=${info.policy.windowSeconds}`;
  return headers;
}
