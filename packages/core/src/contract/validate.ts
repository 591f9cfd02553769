import type * as z from 'zod/mini';
import { propertyOf } from '../internal/records';
import { type ApiErrorObject, toJsonPointer } from './api-errors';
import { findOperation } from './operation-table';
import type { AnyOperation, OperationName, OperationParams } from './types';

/** Result of {@link validateRequest}: the normalised body to send, or 422-shaped errors with JSON pointers. */
export type RequestValidationResult<T> =
  | { success: true; data: T }
  | { success: false; errors: ApiErrorObject[] };

/** Options for {@link validateRequest}. */
export interface ValidateRequestOptions {
  /**
   * Reject fields the spec does not know, at every level, as the real API does. The client leaves this off
   * (our spec is partial; the server is the judge), the mock server and the proxy turn it on.
   * @default false
   */
  strict?: boolean;
}

/**
 * Validates (and normalises: trims and upper-cases ISINs) a request body for an operation, before any network
 * call. Failures come back in the API's 422 shape, one error per problem, each with `source.pointer`.
 * @example
 * const result = validateRequest('bond_reference', { isins: ['us0378331005'] });
 * if (result.success) result.data.isins; // ['US0378331005']
 */
export function validateRequest<N extends OperationName>(
  name: N,
  body: unknown,
  options: ValidateRequestOptions = {},
): RequestValidationResult<OperationParams<N>> {
  const op = findOperation(name);
  if (!op) {
    return {
      success: false,
      errors: [{ title: 'Unknown operation', detail: `Unknown operation ${String(name)}` }],
    };
  }
  const result = checkRequest(op, body, options);
  return result.success ? { success: true, data: checkedParams(name, result.data) } : result;
}

/**
 * {@link validateRequest} for a table entry already in hand (the client's path: no lookup by name, and no name
 * narrowing). Internal to core; the body comes back untyped.
 */
export function checkRequest(
  op: AnyOperation,
  body: unknown,
  options: ValidateRequestOptions = {},
): RequestValidationResult<unknown> {
  const schema = options.strict ? op.strictRequest : op.request;
  if (body === undefined) body = op.bodyIsArray ? [] : {};
  const result = schema.safeParse(body);
  if (result.success) return { success: true, data: result.data };
  return { success: false, errors: issuesToApiErrors(result.error.issues, body) };
}

/**
 * A body that passed `name`'s request schema, typed as that operation's params. The one cast of this module, and
 * sound: the params type is derived from the same generated schema that just parsed the body, but TypeScript
 * cannot relate a schema found by a run-time name lookup to the generic `N`.
 */
function checkedParams<N extends OperationName>(_name: N, parsed: unknown): OperationParams<N> {
  return parsed as OperationParams<N>;
}

/** Converts zod issues into the API's 422 error objects, with messages in the API's style. */
export function issuesToApiErrors(issues: readonly z.core.$ZodIssue[], body: unknown): ApiErrorObject[] {
  const errors: ApiErrorObject[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          title: 'Unknown field',
          detail: `Unknown field ${key}: the API rejects fields it does not document`,
          source: { pointer: toJsonPointer([...issue.path, key]) },
        });
      }
      continue;
    }
    errors.push({
      title: 'Invalid value',
      detail: describeIssue(issue, valueAt(body, issue.path)),
      source: { pointer: toJsonPointer(issue.path) },
    });
  }
  return errors;
}

function valueAt(body: unknown, path: readonly PropertyKey[]): unknown {
  let current = body;
  for (const key of path) {
    // zod paths index arrays by number and objects by string; own keys only, as in the JSON that was sent.
    if (Array.isArray(current)) current = typeof key === 'number' ? current[key] : undefined;
    else current = typeof key === 'string' ? propertyOf(current, key) : undefined;
  }
  return current;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

// zod/mini ships no messages (to stay small), so we word them here, after the API's own ("Invalid string. Got:
// integer").
function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? `Missing required field (expected ${issue.expected})`
        : `Invalid ${issue.expected}. Got: ${typeName(value)}`;
    case 'too_small':
      if (issue.origin === 'array') return `Expected at least ${issue.minimum} item(s)`;
      if (issue.origin === 'string') {
        return issue.exact
          ? `Required string length: ${issue.minimum}`
          : `Minimum string length: ${issue.minimum}`;
      }
      return `Must be greater than or equal to ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `Expected at most ${issue.maximum} item(s)`;
      if (issue.origin === 'string') {
        return issue.exact
          ? `Required string length: ${issue.maximum}`
          : `Maximum string length: ${issue.maximum}`;
      }
      return `Must be less than or equal to ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'date'
        ? `Invalid date ${JSON.stringify(value)}: expected an existing calendar date as YYYY-MM-DD`
        : `Invalid format (expected ${issue.format})`;
    case 'invalid_value':
      return `Invalid value ${JSON.stringify(value)}. Expected one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'not_multiple_of':
      return `Must be a multiple of ${issue.divisor}`;
    case 'invalid_union':
      return 'Invalid value: matches none of the accepted forms';
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'Invalid value';
  }
}
