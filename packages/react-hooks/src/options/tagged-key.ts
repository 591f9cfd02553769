import type { DataTag } from '@tanstack/react-query';
import type { TerrapinQueryError } from './types';

/**
 * A query key branded with the data and error types of its query, as TanStack's `queryOptions()` brands it, so
 * `getQueryData(key)` comes back typed. The brand is type-only (no run-time value carries it), so the one way to
 * add it is an assertion; the options builders keep the key and the query function of the same data together,
 * which is what makes it sound. The one cast for it.
 */
export function taggedKey<TKey, TData>(queryKey: TKey): DataTag<TKey, TData, TerrapinQueryError> {
  return queryKey as DataTag<TKey, TData, TerrapinQueryError>;
}
