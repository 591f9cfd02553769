import { type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query';
import {
  type TerrapinInfiniteQueryOverrides,
  type TerrapinPages,
  terrapinInfiniteQueryOptions,
} from './options/infinite-query-options';
import type { PaginatedOperationName } from './options/operations.generated';
import type { TerrapinHookParams, TerrapinQueryError } from './options/types';
import { useTerrapin } from './use-terrapin';

/**
 * Pages through a search with limit/offset: `useInfiniteQuery` over {@link terrapinInfiniteQueryOptions}.
 * `params.limit` is the page size; `hasNextPage` turns false once `total` rows have come back.
 * @example
 * const { data, fetchNextPage, hasNextPage } = useTerrapinInfiniteQuery('muni_search', { states: ['TX'], limit: 50 });
 * const rows = data?.pages.flatMap((page) => page.data) ?? [];
 */
export function useTerrapinInfiniteQuery<N extends PaginatedOperationName, TData = TerrapinPages<N>>(
  name: N,
  params: TerrapinHookParams<N>,
  options?: TerrapinInfiniteQueryOverrides<N, TData>,
): UseInfiniteQueryResult<TData, TerrapinQueryError> {
  return useInfiniteQuery(terrapinInfiniteQueryOptions(useTerrapin(), name, params, options));
}

/** A generated paged-search hook, such as `useBondSearchInfinite(params)`. */
export type TerrapinInfiniteQueryHook<N extends PaginatedOperationName> = <TData = TerrapinPages<N>>(
  params: TerrapinHookParams<N>,
  options?: TerrapinInfiniteQueryOverrides<N, TData>,
) => UseInfiniteQueryResult<TData, TerrapinQueryError>;

/** Binds {@link useTerrapinInfiniteQuery} to one paged search (the generated `…Infinite` hooks). */
export function createInfiniteOperationHook<N extends PaginatedOperationName>(
  name: N,
): TerrapinInfiniteQueryHook<N> {
  return (params, options) => useTerrapinInfiniteQuery(name, params, options);
}
