import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { type TerrapinQueryOverrides, terrapinQueryOptions } from './options/query-options';
import type {
  QueryOperationName,
  TerrapinHookParams,
  TerrapinQueryError,
  TerrapinResult,
} from './options/types';
import { useTerrapin } from './use-terrapin';

/**
 * Runs any operation by its API name: `useQuery` over {@link terrapinQueryOptions}. The generated hooks
 * (`useBondReference`, …) are this with the name filled in.
 * @example
 * const { data, error } = useTerrapinQuery('muni_documents', { isin, document_type: 'official_statement' });
 */
export function useTerrapinQuery<N extends QueryOperationName, TData = TerrapinResult<N>>(
  name: N,
  params: TerrapinHookParams<N>,
  options?: TerrapinQueryOverrides<N, TData>,
): UseQueryResult<TData, TerrapinQueryError> {
  return useQuery(terrapinQueryOptions(useTerrapin(), name, params, options));
}

/** A generated query hook, such as `useBondReference(params, options)`. */
export type TerrapinQueryHook<N extends QueryOperationName> = <TData = TerrapinResult<N>>(
  params: TerrapinHookParams<N>,
  options?: TerrapinQueryOverrides<N, TData>,
) => UseQueryResult<TData, TerrapinQueryError>;

/** Binds {@link useTerrapinQuery} to one operation (used by the generated hooks). */
export function createOperationHook<N extends QueryOperationName>(name: N): TerrapinQueryHook<N> {
  return (params, options) => useTerrapinQuery(name, params, options);
}
