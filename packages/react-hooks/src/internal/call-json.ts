import type { OperationParams } from '@terrapin/core';
import type { TerrapinHookClient } from '../options/client';
import type { QueryOperationName, TerrapinResult } from '../options/types';

/** `client.call` for a JSON operation; the one place that narrows core's response type for generic names. */
export function callJson<N extends QueryOperationName>(
  client: TerrapinHookClient,
  name: N,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<TerrapinResult<N>> {
  return client.call(name, body as OperationParams<N>, { signal }) as Promise<TerrapinResult<N>>;
}
