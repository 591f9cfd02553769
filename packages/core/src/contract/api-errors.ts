import { propertyOf } from '../internal/records';

/**
 * One error of the API's envelope, in the API's own 422 shape (CONTRACT.md §3). The SDK produces the same shape
 * for validation it does locally, so callers handle local and server validation failures alike.
 */
export interface ApiErrorObject {
  /** Short title, e.g. `Invalid value` (present on 422). */
  title?: string;
  /** Human-readable explanation, in the API's words when the API sent it. */
  detail: string;
  /** Optional machine-readable code (no values are published). */
  reason?: string;
  /** Where in the request body the problem is. */
  source?: { pointer: string };
}

/** The API's error envelope: `{ errors: [...] }` with at least one item. */
export interface ApiErrorEnvelope {
  errors: ApiErrorObject[];
}

/** Encodes a path as an RFC 6901 JSON Pointer (`['isins', 0]` → `/isins/0`). */
export function toJsonPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** True when `value` looks like the API's `{ errors: [{ detail }] }` envelope. */
export function isApiErrorEnvelope(value: unknown): value is ApiErrorEnvelope {
  const errors = propertyOf(value, 'errors');
  return (
    Array.isArray(errors) &&
    errors.length > 0 &&
    errors.every((e) => typeof propertyOf(e, 'detail') === 'string')
  );
}
