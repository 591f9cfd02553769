import { describeErrorItems, requestIdSuffix, type TerrapinErrorItem, withHint } from './error-item';
import { TerrapinError } from './terrapin-error';

/** What every API error is built from. */
export interface TerrapinApiErrorInit {
  status: number;
  errors: TerrapinErrorItem[];
  requestId: string | null;
  /** Response headers, already reduced to a safe, authorization-free subset. */
  headers: Record<string, string>;
  /** Raw body text when it was not the `{errors}` envelope (HTML gateway page, empty 502), truncated. */
  body?: string | null;
  /** Overrides the generated message. */
  message?: string;
  /** A how-to-fix sentence appended after the API's words. */
  hint?: string;
}

/**
 * An error answered by the API (a non-2xx status). The subclass tells the status family; `errors` holds the API's
 * items with their JSON pointers, `requestId` the `request-id` header for support.
 */
export class TerrapinApiError extends TerrapinError {
  static override readonly kind: string = 'TerrapinApiError';
  /** HTTP status. */
  readonly status: number;
  /** The API's error items, flattened (`pointer` lifted from `source.pointer`). */
  readonly errors: TerrapinErrorItem[];
  /** The `request-id` response header, when present. */
  readonly requestId: string | null;
  /** Safe subset of the response headers (no cookies, no authorization). */
  readonly headers: Record<string, string>;
  /** Raw body (truncated) when it was not the API's envelope, else `null`. */
  readonly body: string | null;

  constructor(init: TerrapinApiErrorInit) {
    const words = describeErrorItems(init.errors) || 'Request failed';
    super(
      init.message ?? `${withHint(`${init.status} ${words}`, init.hint)}${requestIdSuffix(init.requestId)}`,
    );
    this.status = init.status;
    this.errors = init.errors;
    this.requestId = init.requestId;
    this.headers = init.headers;
    this.body = init.body ?? null;
  }
}

/** 400: the request was malformed (CONTRACT.md §3). Not retried. */
export class TerrapinBadRequestError extends TerrapinApiError {
  static override readonly kind: string = 'TerrapinBadRequestError';
}

/** 401: the key is missing, malformed or revoked. Not retried. */
export class TerrapinAuthenticationError extends TerrapinApiError {
  static override readonly kind: string = 'TerrapinAuthenticationError';
}

/** 403: endpoint, resource, ISIN or history outside your tier (or quota: see the subclass). Not retried. */
export class TerrapinPermissionDeniedError extends TerrapinApiError {
  static override readonly kind: string = 'TerrapinPermissionDeniedError';
}

/** 404: unknown resource, e.g. a `file_id` that `download_document` does not know. Not retried. */
export class TerrapinNotFoundError extends TerrapinApiError {
  static override readonly kind: string = 'TerrapinNotFoundError';
}

/** 422: the server rejected the body; each item names its `pointer`. Not retried. */
export class TerrapinUnprocessableEntityError extends TerrapinApiError {
  static override readonly kind: string = 'TerrapinUnprocessableEntityError';
}

/** 5xx: a server fault or redeploy. Retried with backoff before it reaches you. */
export class TerrapinServerError extends TerrapinApiError {
  static override readonly kind: string = 'TerrapinServerError';
}

/**
 * True for an error answered by the API, from any bundled copy of core.
 */
export function isTerrapinApiError(value: unknown): value is TerrapinApiError {
  return TerrapinApiError.is(value);
}
