import { TerrapinApiError, type TerrapinApiErrorInit } from './api-error';
import type { RateLimitInfo } from './rate-limit-info';

/**
 * 429: the rolling-window rate limit was hit or the server is shedding load (CONTRACT.md §4). The client
 * retries it after `retry-after` unless the wait exceeds `maxRetryAfterMs`, in which case you get it at once.
 * Also thrown before sending (`local: true`) when pacing would hold a request longer than `maxPacingWaitMs`.
 */
export class TerrapinRateLimitError extends TerrapinApiError {
  static override readonly kind: string = 'TerrapinRateLimitError';
  /** How long the server asked to wait (`retry-after`, else the `ratelimit` reset), or `null` when it did not say. */
  readonly retryAfterMs: number | null;
  /** The rate-limit headers of the 429 (for a local refusal: the last ones the client saw), parsed. */
  readonly rateLimit: RateLimitInfo | null;
  /** True when the client refused before sending because pacing would wait too long (nothing was sent). */
  readonly local: boolean;

  constructor(
    init: TerrapinApiErrorInit & {
      retryAfterMs: number | null;
      rateLimit: RateLimitInfo | null;
      local?: boolean;
    },
  ) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
    this.rateLimit = init.rateLimit;
    this.local = init.local ?? false;
  }
}

/** `limit=100, remaining=0, reset=86400 s`: what the server last said, for messages. */
function describeRateLimit(info: RateLimitInfo | null): string {
  if (!info) return 'no rate-limit headers seen yet';
  const parts = [
    info.limit === null ? null : `limit=${info.limit}`,
    info.remaining === null ? null : `remaining=${info.remaining}`,
    info.resetMs === null ? null : `reset=${info.resetMs / 1000} s`,
  ].filter(Boolean);
  return parts.length > 0 ? `the server's ratelimit said ${parts.join(', ')}` : 'no rate-limit state stated';
}

/**
 * The refusal when pacing would hold a request longer than `maxPacingWaitMs` (issue 14 item 2): thrown at once,
 * before anything is sent, carrying the wait and the server's last rate-limit state (its reset).
 */
export function pacingWaitTooLong(
  waitMs: number,
  maxWaitMs: number,
  rateLimit: RateLimitInfo | null,
): TerrapinRateLimitError {
  const seconds = Math.ceil(waitMs / 1000);
  const detail =
    `Rate limit: pacing would hold this request ${seconds} s (${describeRateLimit(rateLimit)}), longer than ` +
    `maxPacingWaitMs (${maxWaitMs} ms)`;
  return new TerrapinRateLimitError({
    status: 429,
    errors: [{ detail, reason: 'local_pacing_wait_too_long' }],
    requestId: null,
    headers: {},
    message:
      `${detail}; nothing was sent. Send fewer requests at once, retry after the reset, or raise ` +
      '`maxPacingWaitMs`',
    retryAfterMs: waitMs,
    rateLimit,
    local: true,
  });
}
