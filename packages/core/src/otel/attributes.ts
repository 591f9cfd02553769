import type { Attributes } from '@opentelemetry/api';
import type { TerrapinCallResult, TerrapinRetryInfo } from '../client/hooks';

/** Attribute names on a Terrapin call's span (`http.response.status_code` is OpenTelemetry's own). */
export const ATTR = {
  operation: 'terrapin.operation',
  status: 'http.response.status_code',
  requestId: 'terrapin.request_id',
  attempts: 'terrapin.attempts',
  pacingWaitMs: 'terrapin.pacing_wait_ms',
  rateLimitRemaining: 'terrapin.ratelimit.remaining',
  errorType: 'error.type',
  retryAttempt: 'terrapin.retry.attempt',
  retryDelayMs: 'terrapin.retry.delay_ms',
  retryReason: 'terrapin.retry.reason',
} as const;

/** Drops absent values: OpenTelemetry rejects `null` attribute values. */
function defined(values: Record<string, string | number | null | undefined>): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(values))
    if (value !== null && value !== undefined) out[name] = value;
  return out;
}

/** The span's attributes once the call is over. */
export function resultAttributes(result: TerrapinCallResult): Attributes {
  return defined({
    [ATTR.status]: result.status,
    [ATTR.requestId]: result.requestId,
    [ATTR.attempts]: result.attempts,
    [ATTR.pacingWaitMs]: result.pacingWaitMs,
    [ATTR.rateLimitRemaining]: result.rateLimit?.remaining,
  });
}

/** Attributes of one `terrapin.retry` event: the attempt that failed, why, and the wait before the next. */
export function retryAttributes(info: TerrapinRetryInfo): Attributes {
  return defined({
    [ATTR.retryAttempt]: info.attempt,
    [ATTR.status]: info.status,
    [ATTR.requestId]: info.requestId,
    [ATTR.retryReason]: info.status === null ? info.error.name : `HTTP ${info.status}`,
    [ATTR.retryDelayMs]: info.delayMs,
  });
}
