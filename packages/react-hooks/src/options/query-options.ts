import type { DataTag, QueryFunction, UseQueryOptions } from '@tanstack/react-query';
import { fetchOperation } from '../internal/fetch-operation';
import { hasRequiredParams } from '../internal/required-params';
import type { TerrapinHookClient } from './client';
import { terrapinKeys } from './keys';
import { taggedKey } from './tagged-key';
import type {
  QueryOperationName,
  TerrapinHookParams,
  TerrapinQueryError,
  TerrapinQueryKey,
  TerrapinResult,
} from './types';

/** TanStack options you may add to a Terrapin query (everything but `queryKey` and `queryFn`). */
export type TerrapinQueryOverrides<N extends QueryOperationName, TData = TerrapinResult<N>> = Omit<
  UseQueryOptions<TerrapinResult<N>, TerrapinQueryError, TData, TerrapinQueryKey<N>>,
  'queryKey' | 'queryFn'
>;

/** Options for `useQuery`, `useSuspenseQuery`, `queryClient.fetchQuery`/`prefetchQuery`/`ensureQueryData`. */
export type TerrapinQueryOptions<N extends QueryOperationName, TData = TerrapinResult<N>> = Omit<
  UseQueryOptions<TerrapinResult<N>, TerrapinQueryError, TData, TerrapinQueryKey<N>>,
  'queryKey' | 'queryFn'
> & {
  queryKey: DataTag<TerrapinQueryKey<N>, TerrapinResult<N>, TerrapinQueryError>;
  queryFn: QueryFunction<TerrapinResult<N>, TerrapinQueryKey<N>>;
};

/**
 * Query options for any operation: the real API under every hook, and usable without React (SSR prefetch,
 * route loaders). The query passes TanStack's `signal` to the client, does not retry (core already retries with
 * backoff and `retry-after`), stays disabled while a required param is missing, and shares one request with
 * other single-ISIN queries of the same operation made in the same tick.
 * @param overrides TanStack options to add (`staleTime`, `select`, `enabled`, …); `enabled` is AND-ed with the
 *   required-params check.
 * @example
 * await queryClient.prefetchQuery(terrapinQueryOptions(terrapin, 'bond_reference', { isins: ['XS2724510792'] }));
 */
export function terrapinQueryOptions<N extends QueryOperationName, TData = TerrapinResult<N>>(
  client: TerrapinHookClient,
  name: N,
  params: TerrapinHookParams<N>,
  overrides?: TerrapinQueryOverrides<N, TData>,
): TerrapinQueryOptions<N, TData> {
  const queryKey = terrapinKeys.query(name, params);
  const body = queryKey[3];
  const ready = hasRequiredParams(name, body);
  return {
    retry: false,
    ...overrides,
    queryKey: taggedKey<TerrapinQueryKey<N>, TerrapinResult<N>>(queryKey),
    queryFn: ({ signal }) => fetchOperation(client, name, body, signal),
    enabled: ready ? (overrides?.enabled ?? true) : false,
  };
}
