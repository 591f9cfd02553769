import type { AnyOperation } from '@terrapin/core';

/** The ISINs a call would count against a quota (CONTRACT.md §5), as the validated body names them. */
export function quotaIsins(op: AnyOperation, body: unknown): string[] {
  if (!op.consumesQuota || op.isinField === null) return [];
  const value = (body as Record<string, unknown>)[op.isinField];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
