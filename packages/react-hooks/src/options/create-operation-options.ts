import type { TerrapinHookClient } from './client';
import {
  type TerrapinInfiniteQueryOptions,
  type TerrapinInfiniteQueryOverrides,
  type TerrapinPages,
  terrapinInfiniteQueryOptions,
} from './infinite-query-options';
import type { PaginatedOperationName } from './operations.generated';
import {
  type TerrapinQueryOptions,
  type TerrapinQueryOverrides,
  terrapinQueryOptions,
} from './query-options';
import type { QueryOperationName, TerrapinHookParams, TerrapinResult } from './types';

/** An options factory for one operation, such as `bondReferenceOptions(client, { isins })`. */
export type TerrapinOptionsFactory<N extends QueryOperationName> = <TData = TerrapinResult<N>>(
  client: TerrapinHookClient,
  params: TerrapinHookParams<N>,
  overrides?: TerrapinQueryOverrides<N, TData>,
) => TerrapinQueryOptions<N, TData>;

/** An infinite-query options factory for one paged search, such as `bondSearchInfiniteOptions(client, params)`. */
export type TerrapinInfiniteOptionsFactory<N extends PaginatedOperationName> = <TData = TerrapinPages<N>>(
  client: TerrapinHookClient,
  params: TerrapinHookParams<N>,
  overrides?: TerrapinInfiniteQueryOverrides<N, TData>,
) => TerrapinInfiniteQueryOptions<N, TData>;

/** Binds {@link terrapinQueryOptions} to one operation (used by the generated `…Options` exports). */
export function createOperationOptions<N extends QueryOperationName>(name: N): TerrapinOptionsFactory<N> {
  return (client, params, overrides) => terrapinQueryOptions(client, name, params, overrides);
}

/** Binds {@link terrapinInfiniteQueryOptions} to one paged search (the generated `…InfiniteOptions` exports). */
export function createInfiniteOperationOptions<N extends PaginatedOperationName>(
  name: N,
): TerrapinInfiniteOptionsFactory<N> {
  return (client, params, overrides) => terrapinInfiniteQueryOptions(client, name, params, overrides);
}
