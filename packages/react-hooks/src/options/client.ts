import type { TerrapinClient } from '@terrapin/core';

/**
 * What the hooks need from a client: `createTerrapinClient()` from `@terrapin/core` returns one (any object with
 * the same `call` and `downloadDocument` does too). In a browser, create it with no key and `baseUrl` pointing at
 * your own proxy.
 */
export type TerrapinHookClient = Pick<TerrapinClient, 'call' | 'downloadDocument'>;

/** Per-call options the hooks pass to the client. */
export interface TerrapinHookCallOptions {
  /** Aborts the call (TanStack's signal: unmounting the last component that uses a query aborts its request). */
  signal?: AbortSignal;
}
