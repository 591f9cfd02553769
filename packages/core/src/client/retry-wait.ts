import { TerrapinRateLimitError } from '../errors/rate-limit-error';
import { logWait } from './attempt-log';
import type { FailedAttempt } from './attempt-result';
import type { CallContext } from './call-context';
import { callHook, type TerrapinRetryInfo } from './hooks';
import { isRetryable, type RetryDecision, retryDelay } from './retry-policy';
import { sleep } from './signals';

/** A wait before the next attempt. */
export type RetryPlan = Extract<RetryDecision, { retry: true }>;

/**
 * Whether a failed attempt is retried, and after how long: `null` when the failure is final, the retries are
 * spent, or the server asks for a wait past `maxRetryAfterMs`.
 */
export function planRetry(ctx: CallContext, failed: FailedAttempt): RetryPlan | null {
  const { failure, attempt } = failed;
  if (!isRetryable(failure) || attempt.number > ctx.maxRetries) return null;
  const decision = retryDelay(failure, attempt.number, ctx.rt.config);
  return decision.retry ? decision : null;
}

/**
 * Waits out `plan` before the next attempt: a 429 also pauses the limiter (every call sharing it waits), then the
 * retry is logged and told to the call tracker and `onRetry`. A caller abort ends the wait at once.
 */
export async function waitToRetry(ctx: CallContext, failed: FailedAttempt, plan: RetryPlan): Promise<void> {
  const { rt, call, signal } = ctx;
  const { failure, attempt } = failed;
  if (failure instanceof TerrapinRateLimitError && rt.limiter) {
    await rt.limiter.pauseUntil(Date.now() + plan.delayMs);
  }
  const retryInfo: TerrapinRetryInfo = {
    ...attempt.info,
    status: attempt.status,
    requestId: attempt.requestId,
    headers: attempt.headers,
    delayMs: plan.delayMs,
    error: failure,
  };
  logWait(rt.config.logger, 'retry', call.operation, {
    attempt: attempt.number,
    reason: attempt.status === null ? failure.name : `HTTP ${attempt.status}`,
    delay_ms: plan.delayMs,
    wait: plan.serverAsked ? 'server-requested' : 'backoff',
    request_id: attempt.requestId,
  });
  rt.call?.retry(retryInfo);
  callHook(rt.config.hooks.onRetry, retryInfo, rt.config.logger);
  await sleep(plan.delayMs, signal);
}
