import { createApiError } from '../errors/from-response';
import { TerrapinRateLimitError } from '../errors/rate-limit-error';
import { TerrapinResponseTooLargeError } from '../errors/response-too-large-error';
import { isTerrapinError, type TerrapinError } from '../errors/terrapin-error';
import { declaredLength, discard, type Overflow } from './body-limit';
import { callHook } from './hooks';
import { requestIdOf, safeHeaders } from './http-headers';
import { fields, type Log } from './logging';
import type { RequestOptions } from './options';
import { parseRateLimitHeaders, type RateLimitInfo } from './rate-limit-headers';
import { isRedirect, redirectError } from './redirect';
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
  /** Largest 2xx body accepted, and the option that sets it (named in the error). */
  bodyLimit: { bytes: number; option: 'maxResponseBytes' | 'maxDocumentBytes' };
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

/** Error bodies are read this far at most: their details sit in the first bytes (issue 14 item 3). */
const MAX_ERROR_BODY_BYTES = 1024 * 1024;

/**
 * Sends a call with pacing and retries (CONTRACT.md §3–§4): each attempt reserves a slot from the limiter, gets a
 * fresh timeout, and is retried on network errors, timeouts, 408, 429 and 5xx, with exponential backoff or the
 * server's `retry-after` (beyond `maxRetryAfterMs` a 429 is thrown at once). Resolves on a 2xx; throws typed errors.
 * A 3xx is a `TerrapinRedirectError` (never followed), a body past its limit a `TerrapinResponseTooLargeError`;
 * neither is retried.
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
    let pacingWaitMs = 0;
    const permit = rt.limiter
      ? await rt.limiter.acquire(signal, {
          maxWaitMs: config.maxPacingWaitMs,
          rateLimit: () => rt.shared.lastRateLimit,
          onWait: (waitMs, reason) => {
            pacingWaitMs = waitMs;
            if (logger.enabled('info'))
              logger.info(
                `[terrapin] pacing ${call.operation} ${fields({ attempt, wait_ms: waitMs, reason })}`,
              );
          },
        })
      : null;
    rt.call?.attempt(pacingWaitMs);
    const info = { operation: call.operation, method: 'POST' as const, url, attempt, headers: shownHeaders };
    callHook(hooks.onRequest, info, logger);
    const signals = attemptSignal(signal, timeoutMs);
    let dispatched = false;
    const request: TransportRequest = {
      operation: call.operation,
      url,
      headers,
      body,
      callerSignal: signal,
      attempt: signals,
      timeoutMs,
      fetch: config.fetch,
      fetchOptions: config.fetchOptions,
      onDispatch: () => {
        dispatched = true;
      },
      redact: credentials.redact,
    };
    const started = Date.now();
    let failure: TerrapinError;
    let status: number | null = null;
    let requestId: string | null = null;
    let responseHeaders: Record<string, string> = {};
    let answerLogged = false;
    try {
      const response = await send(request);
      rt.limiter?.recordLatency(Date.now() - started);
      status = response.status;
      requestId = requestIdOf(response.headers);
      if (observed) responseHeaders = safeHeaders(response.headers, credentials.redact);
      const rateLimit = parseRateLimitHeaders(response.headers);
      rt.call?.answer(status, requestId, rateLimit);
      if (rateLimit) {
        rt.shared.lastRateLimit = rateLimit;
        await rt.limiter?.observe(rateLimit);
      }
      // Only now may requests queued behind a probe go: the policy it brought back is known.
      await permit?.({ sent: true, answered: true });
      // onResponse reports every HTTP answer, also the ones refused below before their body is read.
      const reportAnswer = () => {
        answerLogged = true;
        logAttempt(logger, call.operation, attempt, started, {
          status: response.status,
          request_id: requestId,
          ratelimit_remaining: rateLimit?.remaining,
        });
        callHook(
          hooks.onResponse,
          {
            ...info,
            status: response.status,
            requestId,
            rateLimit,
            durationMs: Date.now() - started,
            headers: responseHeaders,
          },
          logger,
        );
      };
      if (isRedirect(response)) {
        discard(response.body);
        signals.clear();
        reportAnswer();
        throw redirectError(response, call.operation, config.baseUrl, requestId, credentials.redact);
      }
      const streaming = call.stream && response.ok;
      if (streaming) {
        signals.clear();
        const declared = declaredLength(response.headers);
        if (declared !== null && declared > call.bodyLimit.bytes) {
          discard(response.body);
          reportAnswer();
          throw tooLarge(response, call, url, null);
        }
      }
      const text = streaming ? null : await readText(response, request, ...bodyLimit(response, call, url));
      signals.clear();
      reportAnswer();
      if (response.ok) return { response, text, status, requestId, rateLimit };
      failure = createApiError({
        status,
        statusText: response.statusText,
        headers: response.headers,
        text: text ?? '',
        redact: credentials.redact,
      });
    } catch (error) {
      // Never handed to fetch (e.g. a header fetch refused): its slot was not used, so it goes back.
      await permit?.({ sent: dispatched, answered: false });
      signals.clear();
      if (!isTerrapinError(error)) throw error;
      failure = error;
      // No (complete) answer (network, timeout, abort): still one debug line per attempt.
      if (!answerLogged)
        logAttempt(logger, call.operation, attempt, started, {
          status,
          request_id: requestId,
          error: failure.name,
        });
    }

    if (!isRetryable(failure) || attempt > maxRetries) throw failure;
    const decision = retryDelay(failure, attempt, config);
    if (!decision.retry) throw failure;
    if (failure instanceof TerrapinRateLimitError && rt.limiter) {
      await rt.limiter.pauseUntil(Date.now() + decision.delayMs);
    }
    const retryInfo = {
      ...info,
      status,
      requestId,
      headers: responseHeaders,
      delayMs: decision.delayMs,
      error: failure,
    };
    if (logger.enabled('info')) {
      const reason = status === null ? failure.name : `HTTP ${status}`;
      const wait = decision.serverAsked ? 'server-requested' : 'backoff';
      logger.info(
        `[terrapin] retry ${call.operation} ${fields({ attempt, reason, delay_ms: decision.delayMs, wait, request_id: requestId })}`,
      );
    }
    rt.call?.retry(retryInfo);
    callHook(hooks.onRetry, retryInfo, logger);
    await sleep(decision.delayMs, signal);
  }
}

/** The per-attempt debug line: operation, attempt, status, request id, duration, rate-limit remaining. */
function logAttempt(
  logger: Log,
  operation: string,
  attempt: number,
  started: number,
  values: Record<string, string | number | null | undefined>,
): void {
  if (!logger.enabled('debug')) return;
  const { status, request_id, ratelimit_remaining, ...rest } = values;
  logger.debug(
    `[terrapin] ${operation} ${fields({ attempt, status, request_id, duration_ms: Date.now() - started, ratelimit_remaining, ...rest })}`,
  );
}

/** The refusal of a 2xx body past the call's limit (`received`: bytes read, `null`: refused on content-length). */
function tooLarge(
  response: Response,
  call: HttpCall,
  url: string,
  received: number | null,
): TerrapinResponseTooLargeError {
  return new TerrapinResponseTooLargeError({
    operation: call.operation,
    url,
    status: response.status,
    requestId: requestIdOf(response.headers),
    limitBytes: call.bodyLimit.bytes,
    limitOption: call.bodyLimit.option,
    receivedBytes: received,
    contentLength: declaredLength(response.headers),
  });
}

/** A 2xx body is refused past the call's limit; an error body is only cut (its details are in the first bytes). */
function bodyLimit(response: Response, call: HttpCall, url: string): [number, Overflow] {
  if (!response.ok) return [Math.min(MAX_ERROR_BODY_BYTES, call.bodyLimit.bytes), { truncate: true }];
  return [call.bodyLimit.bytes, { refuse: (received) => tooLarge(response, call, url, received) }];
}
