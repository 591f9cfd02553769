/**
 * Which failures are retried and how long to wait (CONTRACT.md §3 table, §4 "suggested client behaviour").
 * All operations are reads, so re-sending a POST is safe.
 */
import { TerrapinApiError } from '../errors/api-error';
import { TerrapinConnectionError, TerrapinTimeoutError } from '../errors/network-errors';
import { TerrapinRateLimitError } from '../errors/rate-limit-error';
import { retryAfterMs } from './rate-limit-headers';

/** Backoff cap: waits never grow past this (ms). */
export const MAX_BACKOFF_MS = 8_000;

/** 408, 429 and every 5xx are retried; other 4xx are final (CONTRACT.md §3: "other 4xx: treat as final"). */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Network failures, timeouts and retryable statuses; never validation, auth, permission or not-found errors. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof TerrapinConnectionError || error instanceof TerrapinTimeoutError) return true;
  return error instanceof TerrapinApiError && isRetryableStatus(error.status);
}

/** Exponential backoff with full jitter: uniform in [0, min(cap, base·2^(attempt-1))]. */
export function backoffDelay(attempt: number, baseMs: number, random = Math.random): number {
  return Math.round(random() * Math.min(MAX_BACKOFF_MS, baseMs * 2 ** (attempt - 1)));
}

/** Jitter added to a server-requested wait so that many clients do not return in the same millisecond. */
export function serverWaitJitter(waitMs: number, random = Math.random): number {
  return Math.round(random() * Math.min(250, 50 + waitMs * 0.1));
}

/** Outcome of {@link retryDelay}: wait this long, or give up now because the server asks for too long. */
export type RetryDecision = { retry: true; delayMs: number; serverAsked: boolean } | { retry: false };

/**
 * How long to wait before attempt `attempt + 1`. A 429 waits what the server asks (`retry-after`, else the
 * `ratelimit` reset) plus jitter, and is not retried when that exceeds `maxRetryAfterMs`; a 503 with
 * `retry-after` is treated the same way; everything else uses exponential backoff.
 */
export function retryDelay(
  error: unknown,
  attempt: number,
  config: { retryBaseDelayMs: number; maxRetryAfterMs: number },
  random = Math.random,
): RetryDecision {
  const asked =
    error instanceof TerrapinRateLimitError
      ? error.retryAfterMs
      : error instanceof TerrapinApiError && error.status === 503
        ? // The one retry-after parser (ms, seconds or HTTP date); a 503's ratelimit reset is not a request to wait.
          retryAfterMs(new Headers(error.headers), null)
        : null;
  if (asked !== null) {
    if (asked > config.maxRetryAfterMs) return { retry: false };
    return { retry: true, delayMs: asked + serverWaitJitter(asked, random), serverAsked: true };
  }
  return { retry: true, delayMs: backoffDelay(attempt, config.retryBaseDelayMs, random), serverAsked: false };
}
