import type { AnyOperation } from './types';

/**
 * The ISINs a call counts against the monthly quota (CONTRACT.md §5), as its body names them, or `null` when the
 * operation is free of quota. The client's budget guard, the express proxy's per-user budget and the mock's quota
 * all read it here, so the three cannot disagree on what a call costs. Non-string entries are skipped (the body is
 * validated elsewhere).
 * @example requestedIsins(operations.getBondReference, { isin: 'US0378331005' }) // ['US0378331005']
 */
export function requestedIsins(op: AnyOperation, body: unknown): string[] | null {
  if (!op.consumesQuota || op.isinField === null) return null;
  const value = typeof body === 'object' && body !== null ? Reflect.get(body, op.isinField) : undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
