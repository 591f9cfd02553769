import { MAX_ROWS } from './types';

/**
 * limit/offset paging (CONTRACT.md §6): `total` counts every match; `limit: 0` returns only the total; `limit: -1`
 * (muni_search) means no cap, but no response carries more than 1000 rows. Rows are built only for the page.
 */
export function page<T>(
  items: readonly T[],
  params: { limit?: number | undefined; offset?: number | undefined },
  toRow: (item: T) => unknown,
): { data: unknown[]; total: number } {
  const offset = params.offset ?? 0;
  const limit = params.limit === undefined || params.limit < 0 ? MAX_ROWS : Math.min(params.limit, MAX_ROWS);
  return { data: items.slice(offset, offset + limit).map(toRow), total: items.length };
}

/** Distinct values in first-seen order (ISIN lists may repeat an ISIN; each record comes back once). */
export function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
