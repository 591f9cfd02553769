import type { AnyOperation, ApiErrorObject } from '@terrapin/core';
import { isRecord } from '@terrapin/core/adapter-kit';

/** The proxy's per-call caps, on top of the contract's own checks. */
export interface RequestCaps {
  maxIsinsPerRequest: number;
  maxLimit: number;
  /** Most entries of any other list, at any depth of the body (issue 14 #7: 12,000 `countries` went upstream). */
  maxListEntries: number;
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
      detail: `Expected at most ${caps.maxIsinsPerRequest} item(s) per call through this proxy, got ${count}; split the list`,
      source: { pointer },
    });

  if (op.bodyIsArray) {
    if (Array.isArray(body) && body.length > caps.maxIsinsPerRequest) tooMany(body.length, '');
    return errors;
  }
  if (!isRecord(body)) return errors;
  const record = body;
  for (const field of LIST_FIELDS) {
    const value = record[field];
    if (Array.isArray(value) && value.length > caps.maxIsinsPerRequest) tooMany(value.length, `/${field}`);
  }
  // Every other list, wherever the contract's schema puts it: walked generically, no per-operation code. (Lists the
  // contract bounds more tightly were already refused by the strict validation before this runs.)
  for (const [pointer, length] of arraysIn(record)) {
    if (pointer.split('/').length === 2 && LIST_FIELDS.some((field) => field === pointer.slice(1))) continue;
    if (length > caps.maxListEntries) {
      errors.push({
        title: 'Invalid value',
        detail: `Expected at most ${caps.maxListEntries} entries per list through this proxy, got ${length}`,
        source: { pointer },
      });
    }
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

/** Every array in a (validated, so acyclic and shallow) body, with its JSON pointer (RFC 6901) and length. */
function* arraysIn(value: unknown, pointer = ''): Generator<[string, number]> {
  if (Array.isArray(value)) {
    yield [pointer, value.length];
    for (let i = 0; i < value.length; i++) yield* arraysIn(value[i], `${pointer}/${i}`);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    yield* arraysIn(child, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
  }
}
