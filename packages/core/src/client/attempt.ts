import { isTerrapinError } from '../errors/terrapin-error';
import { takeAnswer } from './answer';
import { logAttempt } from './attempt-log';
import type { AttemptRecord, AttemptResult } from './attempt-result';
import type { CallContext } from './call-context';
import { callHook, type TerrapinRequestInfo } from './hooks';
import { reservePacingSlot } from './pacing-slot';
import { type AttemptSignal, attemptSignal, throwIfAborted } from './signals';
import { send, type TransportRequest } from './transport';

/**
 * Sends one attempt: waits for its pacing slot, tells `onRequest`, sends under a fresh timeout and takes the
 * answer. Resolves with the success or with a typed failure to retry; rejects only for what must not be retried
 * (an abort before sending, a refused pacing wait, a non-SDK error).
 */
export async function runAttempt(ctx: CallContext, number: number): Promise<AttemptResult> {
  throwIfAborted(ctx.signal);
  const permit = await reservePacingSlot(ctx, number);
  const info: TerrapinRequestInfo = {
    operation: ctx.call.operation,
    method: 'POST',
    url: ctx.url,
    attempt: number,
    headers: ctx.shownHeaders,
  };
  callHook(ctx.rt.config.hooks.onRequest, info, ctx.rt.config.logger);
  const signals = attemptSignal(ctx.signal, ctx.timeoutMs);
  let dispatched = false;
  const request = transportRequest(ctx, signals, () => {
    dispatched = true;
  });
  const attempt: AttemptRecord = {
    number,
    info,
    startedAt: Date.now(),
    status: null,
    requestId: null,
    headers: {},
    reported: false,
  };
  try {
    const response = await send(request);
    return await takeAnswer(ctx, attempt, { response, request, signals, permit });
  } catch (error) {
    // Never handed to fetch (e.g. a header fetch refused): its slot was not used, so it goes back.
    await permit?.({ sent: dispatched, answered: false });
    signals.clear();
    if (!isTerrapinError(error)) throw error;
    // No (complete) answer (network, timeout, abort): still one debug line per attempt.
    if (!attempt.reported)
      logAttempt(ctx.rt.config.logger, ctx.call.operation, number, attempt.startedAt, {
        status: attempt.status,
        request_id: attempt.requestId,
        error: error.name,
      });
    return { ok: false, failure: error, attempt };
  }
}

/** The transport's view of one attempt: the call's request under this attempt's signal. */
function transportRequest(
  ctx: CallContext,
  signals: AttemptSignal,
  onDispatch: () => void,
): TransportRequest {
  const { config, credentials } = ctx.rt;
  return {
    operation: ctx.call.operation,
    url: ctx.url,
    headers: ctx.headers,
    body: ctx.body,
    callerSignal: ctx.signal,
    attempt: signals,
    timeoutMs: ctx.timeoutMs,
    fetch: config.fetch,
    fetchOptions: config.fetchOptions,
    onDispatch,
    redact: credentials.redact,
  };
}
