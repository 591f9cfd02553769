import {
  createTerrapinClient,
  QuotaLedger,
  type TerrapinClient,
  type TerrapinClientOptions,
} from '@terrapin/core';
import type { TerrapinClientSource } from '../client-source';
import type { TerrapinStores } from '../stores/terrapin-stores';

/** The client plus the secret it was built with (so logs can redact it even if an upstream echoes it). */
export interface ResolvedClient {
  client: TerrapinClient;
  apiKey: string | null;
}

/** Builds (once, at mount time) or takes the client a middleware uses. */
export function resolveClient(source: TerrapinClientSource, stores: TerrapinStores = {}): ResolvedClient {
  if (source.client) {
    // A client brings its own stores; ones passed here would be silently unused. The ledger is visible, so check.
    if (stores.quota && source.client.quota.ledger.store !== stores.quota) {
      console.warn(
        '[terrapin] stores.quota is not used by the client you passed: build it with ' +
          'createTerrapinClient({ quotaLedger: new QuotaLedger({ store: stores.quota }), rateLimitStore: stores.rateLimit })',
      );
    }
    return { client: source.client, apiKey: null };
  }
  const { client: _none, ...options } = source;
  const clientOptions: TerrapinClientOptions = { ...options };
  if (stores.rateLimit && !clientOptions.rateLimitStore) clientOptions.rateLimitStore = stores.rateLimit;
  if (stores.quota && !clientOptions.quotaLedger)
    clientOptions.quotaLedger = new QuotaLedger({ store: stores.quota });
  return { client: createTerrapinClient(clientOptions), apiKey: options.apiKey ?? null };
}
