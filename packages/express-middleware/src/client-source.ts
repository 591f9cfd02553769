import type { TerrapinClient, TerrapinClientOptions } from '@terrapin/core';

/**
 * Where a middleware gets its client: one you built (`client`), or options to build one (`apiKey`, `baseUrl`, …).
 * With options, `stores.rateLimit` and `stores.quota` become the client's `rateLimitStore` and quota ledger.
 */
export type TerrapinClientSource =
  | {
      /** A client from `createTerrapinClient()`; it keeps its own rate-limit and quota stores. */
      client: TerrapinClient;
    }
  | (TerrapinClientOptions & { client?: undefined });
