import type { ApiErrorObject } from '@terrapin/core/contract';

/** A response the pipeline stops at: a status and the API's `{ errors }` envelope (CONTRACT.md §3). */
export interface ApiFailure {
  status: number;
  errors: ApiErrorObject[];
  /** Extra headers (`retry-after`, `allow`). */
  headers?: Record<string, string>;
}

/** Builds an {@link ApiFailure} with one error. */
export function failure(status: number, detail: string, extra: Partial<ApiErrorObject> = {}): ApiFailure {
  return { status, errors: [{ ...extra, detail }] };
}

/** The exact 401 body of the real API. */
export const UNAUTHORIZED_DETAIL = 'Incorrect or no bearer token';
/** The exact 429 body of the real API. */
export const TOO_MANY_REQUESTS_DETAIL = 'Too Many Requests';

/** Generic details for the injected server errors. */
export const STATUS_TEXT: Readonly<Record<number, string>> = {
  429: TOO_MANY_REQUESTS_DETAIL,
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** A 422 for one field, in the shape of core's request validation (title, detail, `source.pointer`). */
export function invalidField(pointer: string, detail: string): { failure: ApiFailure } {
  return { failure: { status: 422, errors: [{ title: 'Invalid value', detail, source: { pointer } }] } };
}
