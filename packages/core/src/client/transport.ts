/**
 * The one module that imports ky (DESIGN.md "Core client"). ky sends a single attempt: `retry: 0` and
 * `throwHttpErrors: false`, because the retry loop is ours (retry-after caps, pacing, hooks, abortable waits), and
 * `timeout: false`, because the per-attempt timeout must also cover reading the body.
 * Failures come back as typed errors: caller abort, timeout, or connection error.
 */
import ky from 'ky';
import {
  describeCause,
  sanitizeCause,
  TerrapinAbortError,
  TerrapinConnectionError,
  TerrapinTimeoutError,
} from '../errors/network-errors';
import { isTerrapinError, type TerrapinError } from '../errors/terrapin-error';
import { type AttemptSignal, abortError } from './signals';

/** One HTTP attempt. */
export interface TransportRequest {
  operation: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The caller's signal (to tell a caller abort from a timeout). */
  callerSignal: AbortSignal | undefined;
  attempt: AttemptSignal;
  timeoutMs: number;
  fetch: typeof globalThis.fetch | undefined;
  redact: (text: string) => string;
}

/** What is needed to classify a failure (no headers: they hold the key). */
export type FailureContext = Pick<
  TransportRequest,
  'operation' | 'url' | 'callerSignal' | 'timeoutMs' | 'redact'
> & {
  attempt: Pick<AttemptSignal, 'timedOut'>;
};

/** Sends one POST and resolves with whatever status came back. */
export async function send(request: TransportRequest): Promise<Response> {
  try {
    return await ky(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: request.attempt.signal,
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
      ...(request.fetch ? { fetch: request.fetch } : {}),
    });
  } catch (error) {
    throw toTransportError(error, request);
  }
}

/** Reads a body as text under the same attempt signal, with the same error mapping. */
export async function readText(response: Response, request: FailureContext): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw toTransportError(error, request);
  }
}

/**
 * Tells apart the three ways an attempt dies without a status: the caller's abort, our timeout, and the
 * network (undici's `TypeError: fetch failed` with `ECONNRESET`/`UND_ERR_SOCKET`/… underneath).
 */
export function toTransportError(error: unknown, request: FailureContext): TerrapinError {
  if (isTerrapinError(error)) return error;
  if (request.callerSignal?.aborted) return abortError(request.callerSignal);
  const name = (error as { name?: unknown } | null)?.name;
  if (request.attempt.timedOut() || name === 'TimeoutError') {
    return new TerrapinTimeoutError(
      `Request timed out after ${request.timeoutMs} ms (POST ${request.url}). Raise \`timeout\` for slow operations`,
      { operation: request.operation, url: request.url, timeoutMs: request.timeoutMs },
    );
  }
  if (name === 'AbortError' && !request.callerSignal) {
    return new TerrapinAbortError('Request aborted');
  }
  const why = request.redact(describeCause(error) || 'network error');
  return new TerrapinConnectionError(`Connection error: ${why} (POST ${request.url})`, {
    operation: request.operation,
    url: request.url,
    cause: sanitizeCause(error, request.redact),
  });
}
