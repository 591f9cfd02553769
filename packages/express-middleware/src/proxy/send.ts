import type { OperationName, OperationParams } from '@terrapin/core';
import type { Response } from 'express';
import type { ProxyContext } from './context';
import { forwardJson, streamDocument } from './forward';

/**
 * The last step, once every check passed: the answer from the cache, or from the API through the core client
 * (`download_document` streams). Throws what the client throws; the caller answers it.
 */
export async function sendUpstream(
  ctx: ProxyContext,
  res: Response,
  operation: OperationName,
  body: OperationParams<OperationName>,
  userHeaders: Record<string, string>,
): Promise<void> {
  const { client, cache, rateLimitSeen } = ctx;
  const signal = abortOnHangUp(res);
  if (operation === 'download_document') {
    await streamDocument(client, body, res, signal, { maxBytes: ctx.maxDocumentBytes, headers: userHeaders });
    rateLimitSeen.note();
    return;
  }
  const cacheKey = cache?.caches(operation) ? cache.key(operation, body) : null;
  let json = cacheKey ? await cache?.get(cacheKey) : undefined;
  let headers: Record<string, string> = {};
  if (json !== undefined) {
    headers['x-terrapin-cache'] = 'hit';
  } else {
    ({ json, headers } = await forwardJson(client, operation, body, signal));
    rateLimitSeen.note();
    if (cacheKey) headers['x-terrapin-cache'] = 'miss';
  }
  res.status(200).set(headers).set(userHeaders).type('application/json').send(json);
  // After the answer: the browser does not wait for the cache write (which never throws).
  if (cacheKey && headers['x-terrapin-cache'] === 'miss') await cache?.set(cacheKey, json);
}

/** Aborts the upstream call (and its retries and pacing waits) when the browser hangs up before the answer. */
function abortOnHangUp(res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
