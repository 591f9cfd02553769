import type { OperationName } from '@terrapin/core';
import { canonicalParams } from '../internal/canonical-params';
import { universeOf } from '../internal/universe';
import type { OperationUniverses, PaginatedOperationName } from './operations.generated';
import type {
  QueryOperationName,
  TerrapinHookParams,
  TerrapinInfiniteQueryKey,
  TerrapinQueryKey,
  TerrapinUniverse,
} from './types';

/**
 * The universe segment of `name`'s keys, typed as the generated `OperationUniverses` entry. Sound: that interface is
 * generated from the same operations table `universeOf` reads at run time (react-hooks' generated-file test keeps
 * them in step), but TypeScript cannot relate a table lookup to a generic `N`. The one cast for it.
 */
function universeKey<N extends OperationName>(name: N): OperationUniverses[N] {
  return universeOf(name) as OperationUniverses[N];
}

/**
 * Query keys for every Terrapin query, hierarchical so one filter reaches a whole branch:
 * `['terrapin']` ⊃ `['terrapin', universe]` ⊃ `['terrapin', universe, operation]` ⊃
 * `['terrapin', universe, operation, params]`. Params are canonical (keys sorted, `undefined` dropped, ISINs
 * upper-cased), so equal params give equal keys whatever their key order.
 * @example
 * queryClient.invalidateQueries({ queryKey: terrapinKeys.universe('munis') }); // every muni query
 * queryClient.invalidateQueries({ queryKey: terrapinKeys.operation('bond_pricing_latest') });
 * queryClient.getQueryData(terrapinKeys.query('bond_reference', { isins: ['US0378331005'] }));
 */
export const terrapinKeys = {
  /** Every Terrapin query: `['terrapin']`. */
  all: ['terrapin'] as const,
  /** Every query of one universe: `['terrapin', 'munis']`. */
  universe<U extends TerrapinUniverse>(universe: U): readonly ['terrapin', U] {
    return ['terrapin', universe];
  },
  /** Every query of one operation, whatever its params. */
  operation<N extends OperationName>(name: N): readonly ['terrapin', OperationUniverses[N], N] {
    return ['terrapin', universeKey(name), name];
  },
  /** The key of one query. */
  query<N extends QueryOperationName>(name: N, params: TerrapinHookParams<N>): TerrapinQueryKey<N> {
    return ['terrapin', universeKey(name), name, canonicalParams(name, params)];
  },
  /** The key of an infinite (paged) query, below the plain query of the same params. */
  infinite<N extends PaginatedOperationName>(
    name: N,
    params: TerrapinHookParams<N>,
  ): TerrapinInfiniteQueryKey<N> {
    return [...terrapinKeys.query(name, params), 'infinite'];
  },
};
