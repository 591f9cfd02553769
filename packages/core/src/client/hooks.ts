import type { TerrapinError } from '../errors/terrapin-error';
import type { RateLimitInfo } from './rate-limit-headers';

/**
 * Payload of `onRequest`. Headers are the ones sent, minus `authorization`: hook payloads never carry the key.
 */
export interface TerrapinRequestInfo {
  /** Operation name, e.g. `bond_reference`. */
  operation: string;
  method: 'POST';
  url: string;
  /** 1 for the first attempt, 2 for the first retry, … */
  attempt: number;
  headers: Record<string, string>;
}

/** Payload of `onResponse` (any status, before it is turned into a result or an error). */
export interface TerrapinResponseInfo extends TerrapinRequestInfo {
  status: number;
  requestId: string | null;
  rateLimit: RateLimitInfo | null;
  durationMs: number;
  /** Response headers (safe subset). */
  headers: Record<string, string>;
}

/** Payload of `onRetry`: the attempt that failed, why, and how long the client waits before the next one. */
export interface TerrapinRetryInfo extends TerrapinRequestInfo {
  /** HTTP status of the failed attempt, or `null` for a network error or timeout. */
  status: number | null;
  requestId: string | null;
  /** Milliseconds until the next attempt. */
  delayMs: number;
  error: TerrapinError;
}

/** Payload of `onCall`: one logical call (one method call, which may send several attempts or chunks) starts. */
export interface TerrapinCallInfo {
  /** Operation name, e.g. `bond_reference`. */
  operation: string;
}

/** What a call's observer hears when the call is over (whether it resolved or threw). */
export interface TerrapinCallResult {
  operation: string;
  /** HTTP status of the last answer, or `null` when none came (local validation error, network failure). */
  status: number | null;
  /** `request-id` of the last answer. */
  requestId: string | null;
  /** HTTP attempts sent, retries and every chunk of a batched call included. */
  attempts: number;
  /** Milliseconds spent waiting for the rate limiter (pacing), summed over attempts. */
  pacingWaitMs: number;
  /** Rate-limit state of the last answer that carried one. */
  rateLimit: RateLimitInfo | null;
  durationMs: number;
  /** What the call threw (a `TerrapinError` for everything the SDK raises), or `null` when it resolved. */
  error: unknown;
}

/** Per-call listener returned by `onCall` (for tracing: a span per call). Every member is optional. */
export interface TerrapinCallObserver {
  /**
   * Runs the call; return `fn()` inside your own context (e.g. OpenTelemetry's `context.with`) so that work the
   * call does (HTTP instrumentation) nests under it. Must return what `fn` returns.
   */
  run?<T>(fn: () => Promise<T>): Promise<T>;
  /** Called before waiting to retry, as `onRetry` is. */
  onRetry?(info: TerrapinRetryInfo): void;
  /** Called once when the call is over. */
  onEnd?(result: TerrapinCallResult): void;
}

/** Hook and logging options shared by the client's pieces. */
export interface TerrapinHooks {
  /**
   * Called when a logical call starts, before validation; may return an observer for that call. Used by
   * `terrapinTracing()` from `@terrapin/core/otel`.
   */
  onCall?: (info: TerrapinCallInfo) => TerrapinCallObserver | undefined;
  /** Called before every attempt is sent. */
  onRequest?: (info: TerrapinRequestInfo) => void;
  /** Called when an attempt gets an HTTP answer (any status). */
  onResponse?: (info: TerrapinResponseInfo) => void;
  /** Called before waiting to retry. */
  onRetry?: (info: TerrapinRetryInfo) => void;
}

/**
 * Where the client writes its log lines: `console`, a pino logger, or any object with these methods. Only `warn`
 * is required (older code passed `{ warn }`); a missing `error`, `info` or `debug` falls back to `warn`. Each call
 * gets one string, already filtered by `logLevel` and redacted.
 */
export interface TerrapinLogger {
  /** Reports one warning: a message and the values it is about. */
  warn(message: string, ...details: unknown[]): void;
  /** Reports an error the client is about to throw or could not recover from (level `error`). */
  error?(message: string, ...details: unknown[]): void;
  /** Reports a retry or a pacing wait, with its reason (level `info`). */
  info?(message: string, ...details: unknown[]): void;
  /** Reports one attempt: operation, attempt, status, request id, duration, rate-limit remaining (level `debug`). */
  debug?(message: string, ...details: unknown[]): void;
}

/** Calls a hook; a throwing hook is reported to the logger and never breaks the request. */
export function callHook<T>(hook: ((info: T) => void) | undefined, info: T, logger: TerrapinLogger): void {
  if (!hook) return;
  try {
    hook(info);
  } catch (error) {
    logger.warn('[terrapin] a hook threw; the request continues', error);
  }
}
