import type { DataTag, InfiniteData, UseInfiniteQueryOptions } from '@tanstack/react-query';
import { isRecord } from '@terrapin/core/adapter-kit';
import { callJson } from '../internal/call-json';
import { hasRequiredParams } from '../internal/required-params';
import type { TerrapinHookClient } from './client';
import { terrapinKeys } from './keys';
import type { PaginatedOperationName } from './operations.generated';
import { taggedKey } from './tagged-key';
import type {
  TerrapinHookParams,
  TerrapinInfiniteQueryKey,
  TerrapinQueryError,
  TerrapinResult,
} from './types';

/** Rows per page when `params.limit` is not given (CONTRACT.md §6: keep pages ≤ 1000 rows). */
export const DEFAULT_PAGE_SIZE = 100;

/** The cached shape of a paged search: every page fetched so far, with its `offset`. */
export type TerrapinPages<N extends PaginatedOperationName> = InfiniteData<TerrapinResult<N>, number>;

/** TanStack options you may add to a paged search (everything but the key, the fetcher and the paging). */
export type TerrapinInfiniteQueryOverrides<N extends PaginatedOperationName, TData = TerrapinPages<N>> = Omit<
  UseInfiniteQueryOptions<TerrapinResult<N>, TerrapinQueryError, TData, TerrapinInfiniteQueryKey<N>, number>,
  'queryKey' | 'queryFn' | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam'
>;

/** Options for `useInfiniteQuery`, `useSuspenseInfiniteQuery` and `queryClient.prefetchInfiniteQuery`. */
export type TerrapinInfiniteQueryOptions<
  N extends PaginatedOperationName,
  TData = TerrapinPages<N>,
> = UseInfiniteQueryOptions<
  TerrapinResult<N>,
  TerrapinQueryError,
  TData,
  TerrapinInfiniteQueryKey<N>,
  number
> & {
  queryKey: DataTag<TerrapinInfiniteQueryKey<N>, TerrapinPages<N>, TerrapinQueryError>;
  initialPageParam: number;
};

/**
 * Infinite-query options for a paged search (`bond_search`, `agency_search`, `muni_search`): limit/offset pages
 * (CONTRACT.md §6). `params.limit` is the page size (default {@link DEFAULT_PAGE_SIZE}), `params.offset` where the
 * first page starts; each next page starts where the last one ended, and paging stops at `total`, on an empty
 * page, or at once when `limit` is `0` (a count) or `-1` (no cap).
 * @example
 * const { data, fetchNextPage, hasNextPage } = useInfiniteQuery(
 *   terrapinInfiniteQueryOptions(terrapin, 'bond_search', { countries: ['Italy'], limit: 50 }),
 * );
 */
export function terrapinInfiniteQueryOptions<N extends PaginatedOperationName, TData = TerrapinPages<N>>(
  client: TerrapinHookClient,
  name: N,
  params: TerrapinHookParams<N>,
  overrides?: TerrapinInfiniteQueryOverrides<N, TData>,
): TerrapinInfiniteQueryOptions<N, TData> {
  const queryKey = terrapinKeys.infinite(name, params);
  const canonical = queryKey[3];
  const body: Record<string, unknown> = isRecord(canonical) ? canonical : {};
  const limit = typeof body.limit === 'number' ? body.limit : DEFAULT_PAGE_SIZE;
  const start = typeof body.offset === 'number' ? body.offset : 0;
  return {
    retry: false,
    ...overrides,
    queryKey: taggedKey<TerrapinInfiniteQueryKey<N>, TerrapinPages<N>>(queryKey),
    queryFn: ({ pageParam, signal }) => callJson(client, name, { ...body, limit, offset: pageParam }, signal),
    initialPageParam: start,
    getNextPageParam: (last, _pages, offset) => {
      if (limit <= 0 || last.data.length === 0) return undefined;
      // Advance by what came back, not by `limit`: the API caps a response at 1000 rows (CONTRACT.md §2).
      const next = offset + last.data.length;
      return next < last.total ? next : undefined;
    },
    getPreviousPageParam: (_first, _pages, offset) =>
      limit > 0 && offset > 0 ? Math.max(0, offset - limit) : undefined,
    enabled: hasRequiredParams(name, body) ? (overrides?.enabled ?? true) : false,
  };
}
