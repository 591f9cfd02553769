/**
 * The one module that imports ky (DESIGN.md "Core client"). ky sends a single attempt: `retry: 0` and
 * `throwHttpErrors: false`, because the retry loop is ours (retry-after caps, pacing, hooks, abortable waits), and
 * `timeout: false`, because the per-attempt timeout must also cover reading the body. `redirect: 'manual'`: a 3xx
 * comes back as it is and becomes a `TerrapinRedirectError` (issue 14 item 11) instead of re-sending the body to
 * wherever it points.
 * Failures come back as typed errors: caller abort, timeout, or connection error.
 */
import ky from 'ky';
import { memberOf } from '../errors/member-of';
import {
  describeCause,
  sanitizeCause,
  TerrapinAbortError,
  TerrapinConnectionError,
  TerrapinTimeoutError,
} from '../errors/network-errors';
import { isTerrapinError, type TerrapinError } from '../errors/terrapin-error';
import { type Overflow, readTextWithin } from './body-limit';
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
  /** The caller's extra `fetch` options (`dispatcher`, `proxy`, …), without the fields the SDK owns. */
  fetchOptions: Record<string, unknown>;
  /** Called when the attempt is handed to `fetch` (before that, nothing can have reached the network). */
  onDispatch: () => void;
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
  // ky hands `fetch` the built Request plus the options it does not know; `fetchOptions` join those, so the
  // Request's own fields (method, headers, body, redirect) stay the SDK's. The attempt's signal is given to fetch
  // here rather than to ky: given one, ky joins it to its own controller with `AbortSignal.any`, a third signal per
  // attempt that only costs (issue 19); `init.signal` replaces the Request's. The body, too, goes to fetch in
  // `init` and not through ky: web streams are costly to create on Node 20 (bench P1 and P4), and a body given to
  // ky becomes a stream in ky's Request, two more in the clone ky keeps for retries it will never make (`retry: 0`),
  // and three more in the proxy TransformStream fetch wraps a Request's body in. A string in `init.body` is one.
  // Resolved per call: a test double (msw) may replace `globalThis.fetch` after the client was made.
  const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    request.onDispatch();
    const impl = request.fetch ?? globalThis.fetch;
    const options: RequestInit = {
      ...request.fetchOptions,
      ...init,
      body: request.body,
      signal: request.attempt.signal,
    };
    return impl(input, options);
  };
  try {
    return await ky(request.url, {
      method: 'POST',
      headers: request.headers,
      redirect: 'manual',
      retry: 0,
      timeout: false,
      throwHttpErrors: false,
      fetch,
    });
  } catch (error) {
    throw toTransportError(error, request);
  }
}

/** Reads a body as text within a size limit, under the same attempt signal, with the same error mapping. */
export async function readText(
  response: Response,
  request: FailureContext,
  limitBytes: number,
  overflow: Overflow,
): Promise<string> {
  try {
    return await readTextWithin(response, limitBytes, overflow);
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
  const name = memberOf(error, 'name');
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
