import { createApiError } from '../errors/from-response';
import { TerrapinRateLimitError } from '../errors/rate-limit-error';
import { isTerrapinError, type TerrapinError } from '../errors/terrapin-error';
import { callHook } from './hooks';
import { requestIdOf, safeHeaders } from './http-headers';
import type { RequestOptions } from './options';
import { parseRateLimitHeaders, type RateLimitInfo } from './rate-limit-headers';
import { isRetryable, retryDelay } from './retry-policy';
import type { Runtime } from './runtime';
import { attemptSignal, sleep, throwIfAborted } from './signals';
import { readText, send, type TransportRequest } from './transport';
import { sdkUserAgent } from './user-agent';
import { SDK_CLIENT_ID } from './version';

/** One logical call (possibly several attempts). */
export interface HttpCall {
  operation: string;
  path: string;
  /** JSON body, already validated. */
  body: unknown;
  /** `Accept` header value. */
  accept: string;
  /** For documents: keep the body as a stream (the timeout stops once headers arrive). */
  stream: boolean;
  options: RequestOptions;
}

/** A 2xx answer. `text` is the body for non-stream calls, `null` for streams. */
export interface HttpSuccess {
  response: Response;
  text: string | null;
  status: number;
  requestId: string | null;
  rateLimit: RateLimitInfo | null;
}

const USER_AGENT = sdkUserAgent(SDK_CLIENT_ID);

function requestHeaders(rt: Runtime, call: HttpCall): Record<string, string> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: call.accept,
    'x-terrapin-client': SDK_CLIENT_ID,
  };
  if (USER_AGENT) headers['user-agent'] = USER_AGENT;
  const auth = rt.credentials.authorization();
  if (auth) headers.authorization = auth;
  for (const source of [rt.config.defaultHeaders, call.options.headers ?? {}]) {
    for (const [name, value] of Object.entries(source)) headers[name.toLowerCase()] = value;
  }
  return headers;
}

/**
 * Sends a call with pacing and retries (CONTRACT.md §3–§4): each attempt reserves a slot from the limiter, gets a
 * fresh timeout, and is retried on network errors, timeouts, 408, 429 and 5xx, with exponential backoff or the
 * server's `retry-after` (beyond `maxRetryAfterMs` a 429 is thrown at once). Resolves on a 2xx; throws typed errors.
 */
export async function sendWithRetries(rt: Runtime, call: HttpCall): Promise<HttpSuccess> {
  const { config, credentials } = rt;
  const signal = call.options.signal;
  const maxRetries = call.options.maxRetries ?? config.maxRetries;
  const timeoutMs = call.options.timeout ?? config.timeout;
  const url = `${config.baseUrl}${call.path}`;
  const headers = requestHeaders(rt, call);
  const body = JSON.stringify(call.body);
  const { logger, hooks } = config;
  // Redacted copies of the headers are for hooks only: skip them (per call and per answer) when no hook listens.
  const observed = Boolean(hooks.onRequest || hooks.onResponse || hooks.onRetry);
  const shownHeaders = observed ? safeHeaders(headers, credentials.redact) : {};

  for (let attempt = 1; ; attempt++) {
    throwIfAborted(signal);
    const release = rt.limiter ? await rt.limiter.acquire(signal) : () => {};
    const info = { operation: call.operation, method: 'POST' as const, url, attempt, headers: shownHeaders };
    callHook(hooks.onRequest, info, logger);
    const signals = attemptSignal(signal, timeoutMs);
    const request: TransportRequest = {
      operation: call.operation,
      url,
      headers,
      body,
      callerSignal: signal,
      attempt: signals,
      timeoutMs,
      fetch: config.fetch,
      redact: credentials.redact,
    };
    const started = Date.now();
    let failure: TerrapinError;
    let status: number | null = null;
    let requestId: string | null = null;
    let responseHeaders: Record<string, string> = {};
    try {
      const response = await send(request);
      rt.limiter?.recordLatency(Date.now() - started);
      status = response.status;
      requestId = requestIdOf(response.headers);
      if (observed) responseHeaders = safeHeaders(response.headers, credentials.redact);
      const rateLimit = parseRateLimitHeaders(response.headers);
      if (rateLimit) {
        rt.shared.lastRateLimit = rateLimit;
        await rt.limiter?.observe(rateLimit);
      }
      // Only now may requests queued behind a probe go: the policy it brought back is known.
      release(true);
      const streaming = call.stream && response.ok;
      if (streaming) signals.clear();
      const text = streaming ? null : await readText(response, request);
      signals.clear();
      callHook(
        hooks.onResponse,
        { ...info, status, requestId, rateLimit, durationMs: Date.now() - started, headers: responseHeaders },
        logger,
      );
      if (response.ok) return { response, text, status, requestId, rateLimit };
      failure = createApiError({
        status,
        statusText: response.statusText,
        headers: response.headers,
        text: text ?? '',
        redact: credentials.redact,
      });
    } catch (error) {
      release(false);
      signals.clear();
      if (!isTerrapinError(error)) throw error;
      failure = error;
    }

    if (!isRetryable(failure) || attempt > maxRetries) throw failure;
    const decision = retryDelay(failure, attempt, config);
    if (!decision.retry) throw failure;
    if (failure instanceof TerrapinRateLimitError && rt.limiter) {
      await rt.limiter.pauseUntil(Date.now() + decision.delayMs);
    }
    callHook(
      hooks.onRetry,
      { ...info, status, requestId, headers: responseHeaders, delayMs: decision.delayMs, error: failure },
      logger,
    );
    await sleep(decision.delayMs, signal);
  }
}
