import { resolveOptions } from './config';
import { setInspectView } from './inspect';
import { RateLimiter } from './limiter';
import { MemoryRateLimitStore } from './memory-rate-limit-store';
import { operationSurface } from './operation-methods';
import type { TerrapinClientOptions } from './options';
import { QuotaLedger } from './quota-ledger';
import type { Runtime, SharedState } from './runtime';
import type { RateLimitStore } from './stores';
import type { TerrapinClient, TerrapinQuota } from './types';
import { SDK_CLIENT_ID } from './version';

interface Inherited {
  store: RateLimitStore;
  ledger: QuotaLedger;
}

/**
 * Creates a Terrapin API client. Its methods are generated from the operations table: `client.bonds.*`,
 * `client.agency.*`, `client.munis.*`, `client.inflationFactors`, `client.convertToIsin`,
 * `client.downloadDocument`, and `client.call(name, body)` for any operation.
 *
 * @throws TerrapinError when no key is given (and no `baseUrl` either), or a key is given in a browser without
 * `dangerouslyAllowBrowser`.
 * @example
 * import { createTerrapinClient } from '@terrapin/core';
 * const terrapin = createTerrapinClient(); // reads TERRAPIN_API_KEY
 * const { data, total, requestId, rateLimit } = await terrapin.bonds.reference({ isins: ['US912810TM09'] });
 */
export function createTerrapinClient(options: TerrapinClientOptions = {}): TerrapinClient {
  const shared: SharedState = { lastRateLimit: null, limiters: new WeakMap(), warnedPeriods: new Set() };
  return buildClient(options, shared, {
    store: options.rateLimitStore ?? new MemoryRateLimitStore(),
    ledger: options.quotaLedger ?? new QuotaLedger(),
  });
}

function limiterFor(
  shared: SharedState,
  store: RateLimitStore,
  localKey: string,
  key: () => string | Promise<string>,
): RateLimiter {
  let byKey = shared.limiters.get(store);
  if (!byKey) {
    byKey = new Map();
    shared.limiters.set(store, byKey);
  }
  let limiter = byKey.get(localKey);
  if (!limiter) {
    limiter = new RateLimiter(store, key());
    byKey.set(localKey, limiter);
  }
  return limiter;
}

function buildClient(
  options: TerrapinClientOptions,
  shared: SharedState,
  inherited: Inherited,
): TerrapinClient {
  const { config, credentials } = resolveOptions(options);
  const store = options.rateLimitStore ?? inherited.store;
  const ledger = options.quotaLedger ?? inherited.ledger;
  const rateLimitKey = options.rateLimitKey;
  const limiter = config.pacing
    ? limiterFor(
        shared,
        store,
        rateLimitKey === undefined ? credentials.localId : `custom:${rateLimitKey}`,
        () => rateLimitKey ?? credentials.fingerprint(),
      )
    : null;
  const rt: Runtime = { config, credentials, limiter, ledger, shared };
  const client: TerrapinClient = {
    ...operationSurface(rt),
    quota: Object.freeze(clientQuota(ledger, config.monthlyIsinBudget)),
    get rateLimit() {
      return shared.lastRateLimit;
    },
    withOptions: (partial) => buildClient({ ...options, ...partial }, shared, { store, ledger }),
  };
  describeClient(client, () => ({
    client: SDK_CLIENT_ID,
    baseUrl: config.baseUrl,
    apiKey: credentials.toJSON(),
    timeout: config.timeout,
    maxRetries: config.maxRetries,
    pacing: config.pacing,
    rateLimitKey: rateLimitKey ?? '(fingerprint of the API key)',
    monthlyIsinBudget: config.monthlyIsinBudget,
  }));
  return Object.freeze(client);
}

/** `client.quota`: the ledger's questions, and the budget it is held to. */
function clientQuota(ledger: QuotaLedger, budget: number | null): TerrapinQuota {
  return {
    estimate: (isins) => ledger.estimate(isins),
    used: () => ledger.used(),
    list: () => ledger.list(),
    get period() {
      return ledger.period();
    },
    budget,
    ledger,
  };
}

/**
 * What `util.inspect(client)` and `JSON.stringify(client)` show: the settings in `summary`, never the key. Both
 * are non-enumerable, so they are not taken for methods.
 */
function describeClient(client: TerrapinClient, summary: () => Record<string, unknown>): void {
  Object.defineProperty(client, 'toJSON', { value: summary, enumerable: false });
  setInspectView(
    client,
    (_depth, options, inspect) =>
      `TerrapinClient ${inspect ? inspect(summary(), options) : JSON.stringify(summary())}`,
  );
}
