import type { HttpCall } from './http-call';
import { safeHeaders } from './http-headers';
import type { Runtime } from './runtime';
import { sdkUserAgent } from './user-agent';
import { SDK_CLIENT_ID } from './version';

/** What every attempt of one logical call shares, worked out once before the first attempt. */
export interface CallContext {
  readonly rt: Runtime;
  readonly call: HttpCall;
  readonly url: string;
  /** The headers sent, key included: for the transport only. */
  readonly headers: Record<string, string>;
  /** The JSON body as sent. */
  readonly body: string;
  /** The caller's signal. */
  readonly signal: AbortSignal | undefined;
  readonly maxRetries: number;
  /** Per-attempt timeout. */
  readonly timeoutMs: number;
  /** True when a hook listens, so redacted header copies are worth making. */
  readonly observed: boolean;
  /** Redacted copy of `headers` for hook payloads (`{}` when no hook listens). */
  readonly shownHeaders: Record<string, string>;
}

const USER_AGENT = sdkUserAgent(SDK_CLIENT_ID);

/** The per-call settings (call options over client options) and the request every attempt sends. */
export function callContext(rt: Runtime, call: HttpCall): CallContext {
  const { config, credentials } = rt;
  const headers = requestHeaders(rt, call);
  const { onRequest, onResponse, onRetry } = config.hooks;
  // Redacted copies of the headers are for hooks only: skip them (per call and per answer) when no hook listens.
  const observed = Boolean(onRequest || onResponse || onRetry);
  return {
    rt,
    call,
    url: `${config.baseUrl}${call.path}`,
    headers,
    body: JSON.stringify(call.body),
    signal: call.options.signal,
    maxRetries: call.options.maxRetries ?? config.maxRetries,
    timeoutMs: call.options.timeout ?? config.timeout,
    observed,
    shownHeaders: observed ? safeHeaders(headers, credentials.redact) : {},
  };
}

/** The SDK's headers, then the client's `defaultHeaders`, then the call's `headers` (names lower-cased). */
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
