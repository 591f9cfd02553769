import type { OperationParams, TerrapinResponse } from '@terrapin/core';
import type { TerrapinHookClient } from '../options/client';
import type { QueryOperationName, TerrapinResult } from '../options/types';

/** `client.call` for a JSON operation; the one place that narrows core's types for generic names. */
export function callJson<N extends QueryOperationName>(
  client: TerrapinHookClient,
  name: N,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<TerrapinResult<N>> {
  // Hook params are checked by core at run time (validateRequest before any request), not by this type: the
  // cast only lets the unknown body through to the check.
  return jsonResultOf(name, client.call(name, body as OperationParams<N>, { signal }));
}

/**
 * An answer of JSON operation `name` (a call's, or a coalesced batch's share of one), typed as `TerrapinResult<N>`.
 * Sound: for a JSON operation core's `TerrapinResponse<N>` is `TerrapinResult<N>` (only `download_document`
 * answers a document), and a batch only ever calls its own operation; TypeScript cannot resolve either for a
 * generic `N`. The one result cast of the hooks.
 */
export function jsonResultOf<N extends QueryOperationName>(
  _name: N,
  answer: Promise<TerrapinResponse<N> | TerrapinResult<QueryOperationName>>,
): Promise<TerrapinResult<N>> {
  return answer as Promise<TerrapinResult<N>>;
}
