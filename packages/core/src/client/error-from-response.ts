// Building an error from a Response is the client's job: errors/ holds the classes and knows nothing of HTTP
// transport, so it never imports client/ (issue 15, "errors know no client").
import { isApiErrorEnvelope } from '../contract/api-errors';
import {
  TerrapinApiError,
  TerrapinAuthenticationError,
  TerrapinBadRequestError,
  TerrapinNotFoundError,
  TerrapinPermissionDeniedError,
  TerrapinServerError,
  TerrapinUnprocessableEntityError,
} from '../errors/api-error';
import { type TerrapinErrorItem, toErrorItems } from '../errors/error-item';
import { mentionsQuota, TerrapinQuotaExceededError } from '../errors/quota-exceeded-error';
import { TerrapinRateLimitError } from '../errors/rate-limit-error';
import { requestIdOf, safeHeaders } from './http-headers';
import { parseRateLimitHeaders, retryAfterMs } from './rate-limit-headers';

/** Bodies kept on errors are cut to this many characters (an HTML error page can be large). */
export const MAX_BODY_CHARS = 2048;

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

// Fix-it sentences appended after the API's words (STYLE.md habit 4).
const HINTS: Record<number, string> = {
  401: 'Check the apiKey passed to createTerrapinClient() or the TERRAPIN_API_KEY environment variable',
};

/** Cuts text to {@link MAX_BODY_CHARS}. */
export function truncateBody(text: string): string {
  return text.length > MAX_BODY_CHARS ? `${text.slice(0, MAX_BODY_CHARS)}…[truncated]` : text;
}

/** A one-line glimpse of a non-JSON body: tags stripped, whitespace collapsed, 120 characters. */
export function snippet(text: string): string {
  const plain = text
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.length > 120 ? `${plain.slice(0, 120)}…` : plain;
}

/** Inputs of {@link createApiError}. */
export interface ApiErrorSource {
  status: number;
  statusText?: string;
  headers: Headers;
  /** The response body as text (may be empty). */
  text: string;
  /** Scrubs the API key out of anything the server echoed. */
  redact: (text: string) => string;
}

/**
 * Picks the error class for a non-2xx response (the openai-node factory pattern) and fills it from the API's
 * `{errors}` envelope, or from the raw body when the answer is not the envelope (CONTRACT.md §3).
 */
export function createApiError(source: ApiErrorSource): TerrapinApiError {
  const { status, headers, redact } = source;
  const text = redact(source.text);
  let errors: TerrapinErrorItem[];
  let body: string | null = null;
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  if (isApiErrorEnvelope(parsed)) {
    errors = toErrorItems(parsed.errors, redact);
  } else {
    body = truncateBody(text);
    const reason = source.statusText || REASONS[status] || 'HTTP error';
    const glimpse = snippet(text);
    const what = text.trim() === '' ? 'empty body' : `unexpected body "${glimpse}"`;
    errors = [{ detail: `${reason}: ${what}` }];
  }

  const rateLimit = parseRateLimitHeaders(headers);
  const init = {
    status,
    errors,
    requestId: requestIdOf(headers),
    headers: safeHeaders(headers, redact),
    body,
    hint: HINTS[status],
  };
  if (status === 429) {
    const wait = retryAfterMs(headers, rateLimit);
    const hint = wait === null ? undefined : `The server asks to retry after ${Math.ceil(wait / 1000)} s`;
    return new TerrapinRateLimitError({ ...init, hint, retryAfterMs: wait, rateLimit });
  }
  if (status === 403 && mentionsQuota(errors)) {
    return new TerrapinQuotaExceededError({
      ...init,
      hint: 'The monthly distinct-ISIN quota resets with the next billing month',
    });
  }
  const Class = CLASSES[status] ?? (status >= 500 ? TerrapinServerError : TerrapinApiError);
  return new Class(init);
}

const CLASSES: Record<number, typeof TerrapinApiError> = {
  400: TerrapinBadRequestError,
  401: TerrapinAuthenticationError,
  403: TerrapinPermissionDeniedError,
  404: TerrapinNotFoundError,
  422: TerrapinUnprocessableEntityError,
};
