import type { RateLimitInfo } from '../client/rate-limit-headers';
import { TerrapinApiError, type TerrapinApiErrorInit } from './api-error';

/**
 * 429: the rolling-window rate limit was hit or the server is shedding load (CONTRACT.md §4). The client
 * retries it after `retry-after` unless the wait exceeds `maxRetryAfterMs`, in which case you get it at once.
 */
export class TerrapinRateLimitError extends TerrapinApiError {
  static override readonly kind: string = 'TerrapinRateLimitError';
  /** How long the server asked to wait (`retry-after`, else the `ratelimit` reset), or `null` when it did not say. */
  readonly retryAfterMs: number | null;
  /** The rate-limit headers of the 429, parsed. */
  readonly rateLimit: RateLimitInfo | null;

  constructor(init: TerrapinApiErrorInit & { retryAfterMs: number | null; rateLimit: RateLimitInfo | null }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
    this.rateLimit = init.rateLimit;
  }
}
