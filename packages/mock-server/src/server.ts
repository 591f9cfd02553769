import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { operations } from '@terrapin/core/contract';
import { businessDayOnOrBefore, dayOfMs, toDay } from './data/dates';
import { buildUniverse, DEFAULT_DATASET } from './data/universe';
import { type App, RequestLog } from './pipeline/app';
import { ApiKeys } from './pipeline/auth';
import { FaultInjector, faultSettings } from './pipeline/faults';
import { handleRequest } from './pipeline/handle';
import { QuotaLedger } from './pipeline/quota';
import { RollingWindowLimiter } from './pipeline/rate-limit';
import type { DatasetInfo, FaultKind, MockServer, MockServerOptions } from './types';

/**
 * The documented test key the mock accepts by default. Use it as the client's API key:
 * `createTerrapinClient({ apiKey: MOCK_API_KEY, baseUrl: server.url })`.
 */
export const MOCK_API_KEY = 'tpk_test_terrapin_mock_key';

/** The dataset seed when none is given: every default mock serves the same data. */
export const DEFAULT_SEED = 42;

/** The default rate-limit policy, as on most tiers of the real API (CONTRACT.md §4). */
export const DEFAULT_RATE_LIMIT = { limit: 100, windowMs: 60_000 } as const;

/** The default monthly quota: distinct ISINs of the Startup tier (CONTRACT.md §5). */
export const DEFAULT_QUOTA = 3000;

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      // A TCP listener's address is always an AddressInfo (a string is for pipes, null before listening).
      const address = server.address();
      if (typeof address === 'object' && address !== null) resolve(address);
      else reject(new Error(`Unexpected listening address ${JSON.stringify(address)}`));
    });
  });
}

/**
 * Starts an offline Terrapin API: every operation of the table at `POST /api/v1/<name>`, answering from a
 * deterministic dataset with the real API's auth, validation, rate limit, quota, paging and error envelopes, plus
 * fault injection.
 * @example
 * const mock = await createMockServer();
 * const terrapin = createTerrapinClient({ apiKey: MOCK_API_KEY, baseUrl: mock.url });
 * const { data } = await terrapin.bonds.search({ countries: ['Italy'], limit: 5 });
 * await mock.close();
 */
export async function createMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const now = options.now ?? Date.now;
  const seed = options.seed ?? DEFAULT_SEED;
  const dataDay = businessDayOnOrBefore(options.dataDate ? toDay(options.dataDate) : dayOfMs(now()) - 1);
  const universe = buildUniverse({ seed, dataDay, sizes: { ...DEFAULT_DATASET, ...options.dataset } });
  const closing = new AbortController();
  const rateLimit = options.rateLimit === undefined ? DEFAULT_RATE_LIMIT : options.rateLimit;
  const app: App = {
    universe,
    keys: new ApiKeys(options.apiKeys ?? [MOCK_API_KEY]),
    limiter: rateLimit === false ? null : new RollingWindowLimiter(rateLimit, now),
    quota: new QuotaLedger(options.quota === undefined ? DEFAULT_QUOTA : options.quota, now),
    faults: new FaultInjector(faultSettings(options.faults, seed)),
    tier: options.tier ?? {},
    latencyMs: options.latencyMs ?? 0,
    now,
    closing: closing.signal,
    log: new RequestLog(),
    onRequest: options.onRequest,
    routes: new Map(Object.values(operations).map((op) => [op.path, op.name] as const)),
  };
  const server = createServer((req, res) => {
    handleRequest(app, req, res).catch((error: unknown) => {
      // A bug in the mock must still answer like the API would, not hang the client.
      if (!res.headersSent) {
        const body = JSON.stringify({
          errors: [{ detail: `Internal Server Error (mock): ${String(error)}` }],
        });
        res.writeHead(500, {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(body),
        });
        res.end(body);
      } else {
        res.destroy();
      }
    });
  });
  server.keepAliveTimeout = 5000;
  const host = options.host ?? '127.0.0.1';
  const address = await listen(server, options.port ?? 0, host);
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const firstKey = () => app.keys.list()[0] ?? '';
  const dataset: DatasetInfo = {
    seed,
    dataDate: universe.dataDate,
    bonds: universe.bonds.length,
    agency: universe.agency.length,
    munis: universe.munis.length,
    muniSeries: universe.series.length,
    muniEntities: universe.entities.length,
  };
  let closed: Promise<void> | null = null;
  return {
    url: `http://${urlHost}:${address.port}`,
    port: address.port,
    host,
    get apiKeys() {
      return app.keys.list();
    },
    dataset,
    state: {
      get requestCount() {
        return app.log.count;
      },
      get requests() {
        return [...app.log.entries];
      },
      quotaUsed: (key = firstKey()) => app.quota.isins(key).length,
      quotaIsins: (key = firstKey()) => app.quota.isins(key),
      rateLimitRemaining: (key = firstKey()) => app.limiter?.peek(key).remaining ?? null,
    },
    reset() {
      app.limiter?.reset();
      app.quota.reset();
      app.faults.reset();
      app.log.reset();
    },
    injectFault(kind: FaultKind, count = 1) {
      app.faults.inject(kind, count);
    },
    addApiKey(key: string) {
      app.keys.add(key);
    },
    revokeApiKey(key: string) {
      app.keys.revoke(key);
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.abort();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
