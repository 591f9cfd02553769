import { type OperationName, type OperationParams, validateRequest } from '@terrapin/core/contract';
import type { ApiFailure } from './errors';

/**
 * Validates a body with the operations table in strict mode, as the real API does (unknown fields rejected at every
 * level, ISIN check digits, dates, ranges, `end_date >= start_date` wherever both appear): a 422 with one error per
 * problem, each with `source.pointer`.
 */
export function validateBody<N extends OperationName>(
  name: N,
  body: unknown,
): { params: OperationParams<N> } | ApiFailure {
  const result = validateRequest(name, body, { strict: true });
  if (!result.success) return { status: 422, errors: result.errors };
  return { params: result.data };
}
