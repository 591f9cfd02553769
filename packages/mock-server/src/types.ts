import type { OperationName } from '@terrapin/core/contract';
import type { DatasetSizes } from './data/universe';

/**
 * Faults the mock can inject, per request (`x-mock-fault` header) or at a configured rate:
 * - `429`, `500`, `502`, `503`, `504`: that status with the API's error envelope (`429` adds `retry-after`);
 * - `html-502`: a 502 with an HTML page, as a load balancer sends during a redeploy;
 * - `malformed-json`: the normal response (a 200 for a valid request) with its JSON body cut in half;
 * - `empty`: the normal response with no body at all (`content-length: 0`);
 * - `slow`: the normal response after {@link FaultOptions.slowMs};
 * - `timeout`: the normal response held for {@link FaultOptions.timeoutMs}, longer than a client should wait;
 * - `reset`: the connection is destroyed without a response.
 */
export type FaultKind =
  | '429'
  | '500'
  | '502'
  | '503'
  | '504'
  | 'timeout'
  | 'slow'
  | 'reset'
  | 'malformed-json'
  | 'html-502'
  | 'empty';

/** Every fault kind, in the order `--help` lists them. */
export const FAULT_KINDS: readonly FaultKind[] = [
  '429',
  '500',
  '502',
  '503',
  '504',
  'timeout',
  'slow',
  'reset',
  'malformed-json',
  'html-502',
  'empty',
];

/** Faults injected at a configured rate, reproducibly (the same seed gives the same sequence). */
export interface FaultOptions {
  /**
   * Share of requests (0–1) that get a fault.
   * @default 0
   */
  rate?: number;
  /**
   * Faults drawn (uniformly) when the rate fires.
   * @default ['429', '500', '502', '503', 'reset', 'malformed-json', 'html-502']
   */
  kinds?: readonly FaultKind[];
  /**
   * Seed of the fault sequence.
   * @default the server's `seed`
   */
  seed?: number;
  /**
   * Delay of a `slow` response, in milliseconds.
   * @default 3000
   */
  slowMs?: number;
  /**
   * How long a `timeout` fault holds the response, in milliseconds (released at once by `close()`).
   * @default 30000
   */
  timeoutMs?: number;
  /**
   * How long an injected 429 asks the caller to wait, in milliseconds (sent as `retry-after` in whole seconds,
   * rounded up).
   * @default 1000
   */
  retryAfterMs?: number;
}

/** The rate-limit policy: `limit` requests per rolling `windowMs` (CONTRACT.md §4). */
export interface RateLimitOptions {
  /** @default 100 */
  limit: number;
  /** Window length in milliseconds (advertised in `ratelimit-policy` in whole seconds, rounded up). @default 60_000 */
  windowMs: number;
}

/** What the key's tier allows (CONTRACT.md §5); anything else is a 403 "not in your tier". */
export interface TierOptions {
  /**
   * Operations the tier may call.
   * @default every operation
   */
  operations?: readonly OperationName[];
  /**
   * Whether `full_reference_data: true` is allowed on search operations (a special tier on the real API).
   * @default true
   */
  fullReferenceData?: boolean;
  /**
   * Days of price history the tier may read back from the data date (Startup: 365).
   * @default unlimited
   */
  historyDays?: number;
}

/** One request as the mock saw it (`server.state.requests`, `onRequest`). The API key is never recorded. */
export interface RequestLogEntry {
  /** The `request-id` header sent back. */
  requestId: string;
  method: string;
  path: string;
  /** The operation name, or null for an unknown path. */
  operation: string | null;
  status: number;
  /** The fault injected, if any. */
  fault: FaultKind | null;
  /** Parsed JSON body, when it parsed. */
  body: unknown;
  /** Milliseconds from arrival to the response (without `timeout` holds that were released early). */
  durationMs: number;
  /** Epoch milliseconds at arrival (from the server's clock). */
  at: number;
}

/** Options of {@link createMockServer}. Every option is optional; the defaults behave like the Startup tier. */
export interface MockServerOptions {
  /**
   * Port to listen on; 0 picks a free one.
   * @default 0
   */
  port?: number;
  /**
   * Interface to listen on.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * Bearer tokens the mock accepts.
   * @default [MOCK_API_KEY]
   */
  apiKeys?: readonly string[];
  /**
   * Rolling-window rate limit per key, or `false` for none (then no rate-limit headers are sent).
   * @default { limit: 100, windowMs: 60_000 }
   */
  rateLimit?: RateLimitOptions | false;
  /**
   * Distinct ISINs per UTC month per key for the quota-consuming operations, or `false` for no quota.
   * @default 3000
   */
  quota?: number | false;
  /** What the tier allows. @default everything */
  tier?: TierOptions;
  /**
   * Seed of the dataset (and of the fault sequence unless `faults.seed` is set).
   * @default 42
   */
  seed?: number;
  /**
   * Extra latency added to every response, in milliseconds.
   * @default 0
   */
  latencyMs?: number;
  /** Faults at a configured rate. @default none */
  faults?: FaultOptions;
  /**
   * How many bonds to generate per universe; smaller sizes start faster.
   * @default { bonds: 2000, agency: 1000, munis: 5000 }
   */
  dataset?: Partial<DatasetSizes>;
  /**
   * The clock (epoch milliseconds), for quota months and rate-limit windows.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Date of the latest data (`YYYY-MM-DD`); prices and trades exist up to it.
   * @default the last business day on or before today (by `now`)
   */
  dataDate?: string;
  /** Called after each response, e.g. to log requests. */
  onRequest?: (entry: RequestLogEntry) => void;
}

/** Facts about the generated dataset. */
export interface DatasetInfo {
  seed: number;
  dataDate: string;
  /** Gov/corp, agency and municipal bonds, documented example bonds included. */
  bonds: number;
  agency: number;
  munis: number;
  muniSeries: number;
  muniEntities: number;
}

/** Live counters of a running mock, for assertions in tests. */
export interface MockServerState {
  /** Requests received since start or the last `reset()`. */
  readonly requestCount: number;
  /** The last 1000 requests, oldest first. */
  readonly requests: readonly RequestLogEntry[];
  /** Distinct ISINs charged to `apiKey` (default: the first key) in the current UTC month. */
  quotaUsed(apiKey?: string): number;
  /** Those ISINs, in the order they were first charged. */
  quotaIsins(apiKey?: string): readonly string[];
  /** Requests left in the rolling window for `apiKey`, or null without a rate limit. */
  rateLimitRemaining(apiKey?: string): number | null;
}

/** A running mock server. */
export interface MockServer {
  /** Base URL, e.g. `http://127.0.0.1:53117` (pass it as the client's `baseUrl`). */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** The accepted bearer tokens. */
  readonly apiKeys: readonly string[];
  readonly dataset: DatasetInfo;
  readonly state: MockServerState;
  /** Forgets rate-limit windows, quota counts, queued faults, the fault sequence and the request log. */
  reset(): void;
  /** Gives the next `count` requests the fault `kind` (in addition to the header and the configured rate). */
  injectFault(kind: FaultKind, count?: number): void;
  /** Accepts another key from now on. */
  addApiKey(key: string): void;
  /** Rejects a key from now on, including requests already in flight (CONTRACT.md §1). */
  revokeApiKey(key: string): void;
  /** Stops listening, drops open connections and releases held (`timeout`) responses. */
  close(): Promise<void>;
}
