import type { OperationName } from '@terrapin/core';
import { getOperation, propertyOf } from '@terrapin/core/adapter-kit';

/**
 * True when `params` carries every field the operation requires (`requiredFields` in the table), so a query
 * can run. Missing means `undefined`, `null`, a blank string or an empty array: a component waiting for a
 * selection passes those, and sending them would only earn a 422. A top-level-array body needs one item.
 */
export function hasRequiredParams(name: OperationName, params: unknown): boolean {
  const op = getOperation(name);
  if (op.bodyIsArray) return Array.isArray(params) && params.length > 0;
  return op.requiredFields.every((field) => isPresent(propertyOf(params, field)));
}

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
