import type { JsonOperationName, OperationParams, TerrapinError, TerrapinNamespace } from '@terrapin/core';
import type { OperationUniverses } from './operations.generated';

/** Operations that answer the JSON `{ data, total }` envelope: every one but `download_document`. */
export type QueryOperationName = JsonOperationName;

/**
 * The second segment of every query key: the API's universes (`bonds`, `agency`, `munis`, as the client's
 * namespaces) plus `general` for the operations outside them (`inflation_factors`, `convert_to_isin`,
 * `download_document`).
 */
export type TerrapinUniverse = TerrapinNamespace | 'general';

/** The universe an operation's keys live under, from the operations table. */
export type UniverseOf<N extends keyof OperationUniverses> = OperationUniverses[N];

// What a query resolves to: core's result for one operation (`data`, `total`, `requestId`, `rateLimit`). For a
// coalesced call, `data` holds only the rows of the ISINs this query asked for, and `total` their count.
export type { TerrapinResult } from '@terrapin/core';

/**
 * Params a hook accepts: the operation's body with every field optional, so a component can pass
 * `{ isin: selectedIsin }` before anything is selected. The query stays disabled (`enabled: false`) until every
 * field the operation requires has a value.
 */
export type TerrapinHookParams<N extends QueryOperationName> =
  | (OperationParams<N> extends readonly unknown[]
      ? OperationParams<N>
      : { [K in keyof OperationParams<N>]?: OperationParams<N>[K] | undefined })
  | undefined;

/** A query key: `['terrapin', universe, operation, params]` (params canonical: see `terrapinKeys`). */
export type TerrapinQueryKey<N extends QueryOperationName = QueryOperationName> = readonly [
  'terrapin',
  UniverseOf<N>,
  N,
  TerrapinHookParams<N>,
];

/** An infinite query key: the query key of the first page's params, plus `'infinite'`. */
export type TerrapinInfiniteQueryKey<N extends QueryOperationName = QueryOperationName> = readonly [
  'terrapin',
  UniverseOf<N>,
  N,
  TerrapinHookParams<N>,
  'infinite',
];

/** The error type of every hook: core's typed errors (`TerrapinRateLimitError`, `TerrapinNotFoundError`, …). */
export type TerrapinQueryError = TerrapinError;
