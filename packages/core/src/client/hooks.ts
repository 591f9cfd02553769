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

/** Hook and logging options shared by the client's pieces. */
export interface TerrapinHooks {
  /** Called before every attempt is sent. */
  onRequest?: (info: TerrapinRequestInfo) => void;
  /** Called when an attempt gets an HTTP answer (any status). */
  onResponse?: (info: TerrapinResponseInfo) => void;
  /** Called before waiting to retry. */
  onRetry?: (info: TerrapinRetryInfo) => void;
}

/** Where the client reports things that are not errors (response drift under `validateResponses: 'warn'`). */
export interface TerrapinLogger {
  /** Reports one warning: a message and the values it is about. */
  warn(message: string, ...details: unknown[]): void;
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
