import { allOperations, findOperation } from '../contract/operation-table';
import { operationNames } from '../contract/operations.generated';
import { TerrapinError } from '../errors/terrapin-error';
import { resolveOptions } from './config';
import { RateLimiter } from './limiter';
import { MemoryRateLimitStore } from './memory-rate-limit-store';
import { callOperation } from './operation-call';
import type { RequestOptions, TerrapinClientOptions } from './options';
import { paginate, type SearchAllOptions } from './paginate';
import { QuotaLedger } from './quota-ledger';
import type { Runtime, SharedState } from './runtime';
import type { RateLimitStore } from './stores';
import type { TerrapinClient, TerrapinQuota } from './types';
import { SDK_CLIENT_ID } from './version';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

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

  const client: Record<string, unknown> = {};
  const namespaces: Record<string, Record<string, unknown>> = {};
  for (const op of allOperations()) {
    if (op.namespace !== null) namespaces[op.namespace] ??= {};
    const target = op.namespace === null ? client : namespaces[op.namespace]!;
    target[op.method] = (params?: unknown, requestOptions?: RequestOptions) =>
      callOperation(rt, op, params, requestOptions);
    if (op.paginated) {
      target.searchAll = (params?: Record<string, unknown>, pageOptions?: SearchAllOptions) =>
        paginate(
          (body, requestOptions) =>
            callOperation(rt, op, body, requestOptions) as Promise<{ data: unknown[]; total: number }>,
          params,
          pageOptions,
        );
    }
  }
  for (const [name, methods] of Object.entries(namespaces)) client[name] = Object.freeze(methods);

  client.call = (name: string, body?: unknown, requestOptions?: RequestOptions) => {
    const op = findOperation(name);
    if (!op) {
      return Promise.reject(
        new TerrapinError(`Unknown operation "${name}". Known operations: ${operationNames.join(', ')}`),
      );
    }
    return callOperation(rt, op, body, requestOptions);
  };

  const quota: TerrapinQuota = {
    estimate: (isins) => ledger.estimate(isins),
    used: () => ledger.used(),
    list: () => ledger.list(),
    get period() {
      return ledger.period();
    },
    budget: config.monthlyIsinBudget,
    ledger,
  };
  client.quota = Object.freeze(quota);
  Object.defineProperty(client, 'rateLimit', { get: () => shared.lastRateLimit, enumerable: true });
  client.withOptions = (partial: Partial<TerrapinClientOptions>) =>
    buildClient({ ...options, ...partial }, shared, { store, ledger });

  // What `util.inspect(client)` and `JSON.stringify(client)` show: settings, never the key.
  const summary = () => ({
    client: SDK_CLIENT_ID,
    baseUrl: config.baseUrl,
    apiKey: credentials.toJSON(),
    timeout: config.timeout,
    maxRetries: config.maxRetries,
    pacing: config.pacing,
    rateLimitKey: rateLimitKey ?? '(fingerprint of the API key)',
    monthlyIsinBudget: config.monthlyIsinBudget,
  });
  Object.defineProperty(client, 'toJSON', { value: summary, enumerable: false });
  Object.defineProperty(client, INSPECT, {
    value: (
      _depth: number,
      inspectOptions: unknown,
      inspect?: (value: unknown, options: unknown) => string,
    ) => `TerrapinClient ${inspect ? inspect(summary(), inspectOptions) : JSON.stringify(summary())}`,
    enumerable: false,
  });
  return Object.freeze(client) as unknown as TerrapinClient;
}
