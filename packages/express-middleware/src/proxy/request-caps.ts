import type { AnyOperation, ApiErrorObject } from '@terrapin/core';

/** The proxy's per-call caps, on top of the contract's own checks. */
export interface RequestCaps {
  maxIsinsPerCall: number;
  maxLimit: number;
}

// Fields that carry one identifier per item (each may cost quota or a rate-limit unit upstream).
const LIST_FIELDS = ['isins', 'identifiers'] as const;

/**
 * Checks a body that already passed the contract against the proxy's caps, in the API's 422 shape with pointers.
 * A browser must not be able to spend the server's whole quota or rate limit in one call (issue 7 "caps per call").
 */
export function checkRequestCaps(op: AnyOperation, body: unknown, caps: RequestCaps): ApiErrorObject[] {
  const errors: ApiErrorObject[] = [];
  const tooMany = (count: number, pointer: string) =>
    errors.push({
      title: 'Invalid value',
      detail: `Expected at most ${caps.maxIsinsPerCall} item(s) per call through this proxy, got ${count}; split the list`,
      source: { pointer },
    });

  if (op.bodyIsArray) {
    if (Array.isArray(body) && body.length > caps.maxIsinsPerCall) tooMany(body.length, '');
    return errors;
  }
  if (typeof body !== 'object' || body === null) return errors;
  const record = body as Record<string, unknown>;
  for (const field of LIST_FIELDS) {
    const value = record[field];
    if (Array.isArray(value) && value.length > caps.maxIsinsPerCall) tooMany(value.length, `/${field}`);
  }
  const limit = record.limit;
  if (op.hasLimit && typeof limit === 'number') {
    if (limit < 0) {
      errors.push({
        title: 'Invalid value',
        detail: `limit ${limit} (no cap) is not allowed through this proxy; page with limit ≤ ${caps.maxLimit} and offset`,
        source: { pointer: '/limit' },
      });
    } else if (limit > caps.maxLimit) {
      errors.push({
        title: 'Invalid value',
        detail: `Must be less than or equal to ${caps.maxLimit} (this proxy's cap); page with offset`,
        source: { pointer: '/limit' },
      });
    }
  }
  return errors;
}
