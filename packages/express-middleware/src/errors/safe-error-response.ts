import {
  type ApiErrorObject,
  isTerrapinError,
  TerrapinAbortError,
  TerrapinApiError,
  TerrapinAuthenticationError,
  TerrapinBadRequestError,
  TerrapinConnectionError,
  type TerrapinErrorItem,
  TerrapinNotFoundError,
  TerrapinPermissionDeniedError,
  TerrapinQuotaExceededError,
  TerrapinRateLimitError,
  TerrapinRequestValidationError,
  TerrapinResponseValidationError,
  TerrapinTimeoutError,
  TerrapinUnprocessableEntityError,
} from '@terrapin/core';
import { createRedactor, propertyOf } from '@terrapin/core/adapter-kit';
import { clampRetryAfterSeconds, rateLimitHeadersFrom } from '../proxy/rate-limit-headers';
import { SharedStateUnavailableError } from './shared-state-error';

/** What the browser may see of a failure: a status, the `{errors}` envelope and a few safe headers. */
export interface SafeErrorResponse {
  status: number;
  errors: ApiErrorObject[];
  headers: Record<string, string>;
  /** True when the cause is on the server's side (its key, the upstream, a bug): worth logging. */
  serverFault: boolean;
}

/** Generic details for failures whose real cause is the server's business (issue 7: never the browser's 401). */
export const SAFE_DETAILS = {
  upstreamAuth: 'Upstream authentication failed',
  notInPlan: "This data is not included in this service's data plan",
  quota: 'The monthly data quota of this service is used up; it resets at the start of next month',
  upstream: 'The upstream data service failed; try again later',
  unreachable: 'The upstream data service could not be reached; try again later',
  timeout: 'The upstream data service did not answer in time; try again later',
  badUpstreamResponse: 'The upstream data service sent an unexpected response',
  cancelled: 'The request was cancelled',
  sharedState: 'Shared state of this service (rate limits, budgets) is unavailable; try again shortly',
  documentTooLarge: 'The document is larger than this service passes on',
  internal: 'Internal error',
} as const;

// Upstream 400/404/422/429 details reach the browser: no URL, credential or key in them (issue 14 #9).
const redactDetail = createRedactor([], { urls: true });

// How long a browser is asked to wait while the shared state is down (node-redis reconnects within a second or two).
const SHARED_STATE_RETRY_SECONDS = 2;

/**
 * Maps any error thrown by `@terrapin/core` to what is safe to answer, or `null` when it is not a Terrapin error.
 * 400/404/422/429 keep the API's words and pointers (they describe the caller's request); 401/403 from the API mean
 * the server's own key is wrong or lacks the tier, so the browser gets a generic 502; a used-up quota is a 403 with a
 * fixed message; upstream faults become 502/504. No message, URL or stack of the original error is ever included.
 */
export function toSafeErrorResponse(error: unknown): SafeErrorResponse | null {
  if (SharedStateUnavailableError.is(error)) {
    return {
      status: 503,
      errors: [{ detail: SAFE_DETAILS.sharedState }],
      headers: { 'retry-after': String(SHARED_STATE_RETRY_SECONDS) },
      serverFault: true,
    };
  }
  if (propertyOf(error, 'name') === 'DocumentTooLargeError') {
    return serverFault(502, SAFE_DETAILS.documentTooLarge, {});
  }
  if (!isTerrapinError(error)) return null;

  if (TerrapinRequestValidationError.is(error)) return clientFault(422, error.errors, {});
  if (TerrapinQuotaExceededError.is(error)) {
    return {
      status: 403,
      errors: [{ detail: SAFE_DETAILS.quota }],
      headers: apiHeaders(error),
      // Refused locally by the budget before anything was sent: the state of the month, not a fault (issue 14 #18).
      serverFault: !error.local,
    };
  }
  if (TerrapinRateLimitError.is(error)) {
    const headers = apiHeaders(error);
    const seconds = error.retryAfterMs === null ? null : clampRetryAfterSeconds(error.retryAfterMs / 1000);
    if (seconds !== null) headers['retry-after'] = String(seconds);
    return clientFault(429, error.errors, headers);
  }
  if (
    TerrapinBadRequestError.is(error) ||
    TerrapinNotFoundError.is(error) ||
    TerrapinUnprocessableEntityError.is(error)
  ) {
    return clientFault(error.status, error.errors, apiHeaders(error));
  }
  if (TerrapinAuthenticationError.is(error)) {
    return serverFault(502, SAFE_DETAILS.upstreamAuth, apiHeaders(error));
  }
  // Outside the account's tier: a true 403 the browser can act on (hide the feature, tell the user), with a safe
  // detail, since the upstream one can name the account. Still the operator's business, so logged as a fault.
  if (TerrapinPermissionDeniedError.is(error)) {
    return serverFault(403, SAFE_DETAILS.notInPlan, apiHeaders(error));
  }
  if (TerrapinApiError.is(error)) return serverFault(502, SAFE_DETAILS.upstream, apiHeaders(error));
  if (TerrapinTimeoutError.is(error)) return serverFault(504, SAFE_DETAILS.timeout, {});
  if (TerrapinAbortError.is(error)) {
    // Only our own signal aborts (the caller hung up), so nobody reads this; 499 is nginx's "client closed".
    return { status: 499, errors: [{ detail: SAFE_DETAILS.cancelled }], headers: {}, serverFault: false };
  }
  if (TerrapinConnectionError.is(error)) return serverFault(502, SAFE_DETAILS.unreachable, {});
  if (TerrapinResponseValidationError.is(error))
    return serverFault(502, SAFE_DETAILS.badUpstreamResponse, {});
  return serverFault(500, SAFE_DETAILS.internal, {});
}

function clientFault(status: number, items: readonly TerrapinErrorItem[], headers: Record<string, string>) {
  const errors = items.length > 0 ? items.map(toApiShape) : [{ detail: 'Request failed' }];
  return { status, errors, headers, serverFault: false };
}

function serverFault(status: number, detail: string, headers: Record<string, string>): SafeErrorResponse {
  return { status, errors: [{ detail }], headers, serverFault: true };
}

// Back to the wire shape (core lifts `pointer` out of `source` for convenience).
function toApiShape(item: TerrapinErrorItem): ApiErrorObject {
  const out: ApiErrorObject = { detail: redactDetail(item.detail) };
  if (item.title !== undefined) out.title = redactDetail(item.title);
  if (item.reason !== undefined) out.reason = redactDetail(item.reason);
  const pointer = item.source?.pointer ?? item.pointer;
  if (pointer !== undefined) out.source = { pointer };
  return out;
}

function apiHeaders(error: TerrapinApiError): Record<string, string> {
  // The rate-limit state, re-parsed and clamped (never an upstream's raw value), and the id support asks for.
  const headers = rateLimitHeadersFrom(error.headers);
  if (error.requestId) headers['request-id'] = error.requestId;
  return headers;
}
