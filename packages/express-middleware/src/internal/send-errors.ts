import type { ApiErrorObject } from '@terrapin/core';
import type { Response } from 'express';

/**
 * Answers with the API's own error envelope `{ errors: [...] }` through `res`, so headers that earlier middleware
 * set (CORS above all) stay on the response: an error must reach the browser readable, not as an opaque failure.
 */
export function sendErrors(
  res: Response,
  status: number,
  errors: ApiErrorObject[],
  headers: Record<string, string> = {},
): void {
  if (res.headersSent) {
    // A stream already started: the only honest signal left is to cut it short.
    res.destroy();
    return;
  }
  res.status(status);
  res.set('cache-control', 'no-store');
  for (const [name, value] of Object.entries(headers)) res.set(name, value);
  res.json({ errors });
}

/** One error item with only a `detail` (and optionally a pointer), the API's shape for non-422 errors. */
export function errorItem(detail: string, pointer?: string): ApiErrorObject {
  return pointer === undefined ? { detail } : { title: 'Invalid value', detail, source: { pointer } };
}
