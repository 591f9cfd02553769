import { type OperationName, validateRequest } from '@terrapin/core';
import type { ApiFailure } from './errors';

/**
 * Validates a body with the operations table in strict mode, as the real API does (unknown fields rejected at every
 * level, ISIN check digits, dates, ranges): a 422 with one error per problem, each with `source.pointer`.
 */
export function validateBody(name: OperationName, body: unknown): { params: unknown } | ApiFailure {
  const result = validateRequest(name, body, { strict: true });
  if (!result.success) return { status: 422, errors: result.errors };
  const order = dateOrder(result.data);
  return order ?? { params: result.data };
}

// The spec states `end_date >= start_date` for the bond and agency histories only; the API has no reason to
// accept a reversed window elsewhere (muni_pricing_history, inflation_factors, muni_stats_*), so the mock applies
// the same rule wherever both dates appear.
function dateOrder(params: unknown): ApiFailure | null {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) return null;
  const { start_date: start, end_date: end } = params as { start_date?: unknown; end_date?: unknown };
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    return {
      status: 422,
      errors: [
        {
          title: 'Invalid value',
          detail: 'end_date must be greater than or equal to start_date',
          source: { pointer: '/end_date' },
        },
      ],
    };
  }
  return null;
}
