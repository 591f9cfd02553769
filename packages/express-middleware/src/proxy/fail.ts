import { TerrapinAbortError } from '@terrapin/core';
import type { Response } from 'express';
import { SAFE_DETAILS, toSafeErrorResponse } from '../errors/safe-error-response';
import { sendErrors } from '../internal/send-errors';
import { isClientGone } from './client-closed';
import { type ProxyContext, reportClientClosed } from './context';

/**
 * Answers a failure of the client or a store as an envelope through `res` (so CORS headers set earlier stay); only
 * errors thrown by the app's own hooks go to the app's error handlers (see `runHook`).
 */
export function answerFailure(
  ctx: ProxyContext,
  res: Response,
  error: unknown,
  operation: string | null,
  userHeaders: Record<string, string>,
): void {
  ctx.rateLimitSeen.note();
  if (isClientGone(res) || TerrapinAbortError.is(error)) {
    // The browser hung up (a document stream it closed included): one "client closed" event, not a 500.
    reportClientClosed(ctx, operation);
    if (!res.writableEnded) res.destroy();
    return;
  }
  const safe = toSafeErrorResponse(error) ?? {
    status: 500,
    errors: [{ detail: SAFE_DETAILS.internal }],
    headers: {},
    serverFault: true,
  };
  ctx.report(error, safe.status, safe.serverFault, operation);
  // With a per-user rate, the server key's rate-limit state is not the caller's: leave it out of error answers.
  const headers = { ...safe.headers };
  if (Object.keys(userHeaders).length > 0) {
    delete headers.ratelimit;
    delete headers['ratelimit-policy'];
  }
  if (!res.writableEnded) sendErrors(res, safe.status, safe.errors, headers);
}
