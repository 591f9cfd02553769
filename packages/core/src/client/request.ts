import { runAttempt } from './attempt';
import { callContext } from './call-context';
import type { HttpCall, HttpSuccess } from './http-call';
import { planRetry, waitToRetry } from './retry-wait';
import type { Runtime } from './runtime';

/**
 * Sends a call with pacing and retries (CONTRACT.md §3–§4): each attempt reserves a slot from the limiter, gets a
 * fresh timeout, and is retried on network errors, timeouts, 408, 429 and 5xx, with exponential backoff or the
 * server's `retry-after` (beyond `maxRetryAfterMs` a 429 is thrown at once). Resolves on a 2xx; throws typed errors.
 * A 3xx is a `TerrapinRedirectError` (never followed), a body past its limit a `TerrapinResponseTooLargeError`;
 * neither is retried.
 */
export async function sendWithRetries(rt: Runtime, call: HttpCall): Promise<HttpSuccess> {
  const ctx = callContext(rt, call);
  for (let attempt = 1; ; attempt++) {
    const result = await runAttempt(ctx, attempt);
    if (result.ok) return result.success;
    const plan = planRetry(ctx, result);
    if (plan === null) throw result.failure;
    await waitToRetry(ctx, result, plan);
  }
}
