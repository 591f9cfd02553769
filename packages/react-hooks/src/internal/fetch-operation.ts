import type { TerrapinHookClient } from '../options/client';
import type { QueryOperationName, TerrapinResult } from '../options/types';
import { callJson } from './call-json';
import { isRecord } from './canonical-params';
import { coalescedCall, isCoalescable } from './coalesce';

/** The query function of every Terrapin query: one client call, batched with its neighbours when it can be. */
export function fetchOperation<N extends QueryOperationName>(
  client: TerrapinHookClient,
  name: N,
  body: unknown,
  signal: AbortSignal | undefined,
): Promise<TerrapinResult<N>> {
  if (isCoalescable(name) && isRecord(body)) return coalescedCall(client, name, body, signal);
  return callJson(client, name, body, signal);
}
