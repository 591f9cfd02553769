import { type UseSuspenseQueryResult, useSuspenseQuery } from '@tanstack/react-query';
import type { OperationParams } from '@terrapin/core';
import { type TerrapinQueryOverrides, terrapinQueryOptions } from './options/query-options';
import type {
  QueryOperationName,
  TerrapinHookParams,
  TerrapinQueryError,
  TerrapinResult,
} from './options/types';
import { useTerrapin } from './use-terrapin';

/** TanStack options a suspense query accepts (no `enabled`, `placeholderData` or `throwOnError`). */
export type TerrapinSuspenseQueryOverrides<N extends QueryOperationName, TData = TerrapinResult<N>> = Omit<
  TerrapinQueryOverrides<N, TData>,
  'enabled' | 'placeholderData' | 'throwOnError'
>;

/**
 * Suspense variant of {@link useTerrapinQuery}: suspends until the data is there, so `data` is always defined;
 * failures go to the nearest error boundary as `TerrapinError`s. A suspense query cannot wait for params, so
 * they are the operation's full, required body.
 * @example
 * const { data } = useTerrapinSuspenseQuery('bond_reference', { isins: [isin] });
 */
export function useTerrapinSuspenseQuery<N extends QueryOperationName, TData = TerrapinResult<N>>(
  name: N,
  params: OperationParams<N>,
  options?: TerrapinSuspenseQueryOverrides<N, TData>,
): UseSuspenseQueryResult<TData, TerrapinQueryError> {
  return useSuspenseQuery(
    terrapinQueryOptions(useTerrapin(), name, params as TerrapinHookParams<N>, options),
  );
}

/** A generated suspense hook, such as `useBondReferenceSuspense(params)`. */
export type TerrapinSuspenseQueryHook<N extends QueryOperationName> = <TData = TerrapinResult<N>>(
  params: OperationParams<N>,
  options?: TerrapinSuspenseQueryOverrides<N, TData>,
) => UseSuspenseQueryResult<TData, TerrapinQueryError>;

/** Binds {@link useTerrapinSuspenseQuery} to one operation (used by the generated `…Suspense` hooks). */
export function createSuspenseOperationHook<N extends QueryOperationName>(
  name: N,
): TerrapinSuspenseQueryHook<N> {
  return (params, options) => useTerrapinSuspenseQuery(name, params, options);
}
