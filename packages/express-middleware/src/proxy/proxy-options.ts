import type { OperationName } from '@terrapin/core';
import type { Request } from 'express';
import type { TerrapinClientSource } from '../client-source';
import type { ErrorReportingOptions } from '../errors/error-event';
import type { TerrapinStores } from '../stores/terrapin-stores';

/** Response-cache settings of the proxy. */
export interface ProxyCacheOptions {
  /**
   * How long an answer is reused, in milliseconds.
   * @default 600_000 (ten minutes)
   */
  ttlMs?: number;
  /**
   * Operations whose answers are cached (only those also in `allow` matter).
   * @default DEFAULT_CACHED_OPERATIONS: reference data, cash-flow schedules, series, document lists, CUSIP→ISIN
   */
  operations?: readonly OperationName[];
  /**
   * Entries kept by the default in-memory store (ignored when `stores.cache` is given).
   * @default 500
   */
  maxEntries?: number;
}

/** A per-user request rate enforced by the proxy before anything reaches the API. */
export interface UserRateLimitOptions {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds (rolling; advertised in whole seconds, rounded up). */
  windowMs: number;
}

/** The proxy's own options (see {@link TerrapinProxyOptions}). */
export interface TerrapinProxyOwnOptions extends ErrorReportingOptions {
  /**
   * Operations the browser may call, by the API's names. Everything else answers 404: deny by default.
   * @example allow: ['bond_search', 'bond_reference', 'muni_documents', 'download_document']
   */
  allow: readonly OperationName[];
  /**
   * Your own authorization: resolve `false` to answer 401 before anything is counted or sent. It runs after the body
   * was parsed and validated, and gets the operation and the validated body (normalised: ISINs trimmed and
   * upper-cased), so it can decide per operation and per ISIN. Throwing passes the error to your app's error
   * handlers. `operation` is `'_status'` (and `body` `undefined`) for the status endpoint.
   * @default every request is allowed
   */
  authorize?: (
    req: Request,
    operation: OperationName | '_status',
    body: unknown,
  ) => boolean | Promise<boolean>;
  /**
   * Who is calling, for the per-user limits (a user id, an org id, a session id). Called only when a per-user limit
   * is set; `null`/`undefined` falls back to `req.ip`. Behind a load balancer, set Express's `trust proxy` to exactly
   * the balancer's hops or every anonymous caller shares its address; never trust forwarding headers the client can
   * reach directly, or each new `X-Forwarded-For` is a new user (issue 14 #10).
   * @default req.ip
   */
  identify?: (req: Request) => string | null | undefined | Promise<string | null | undefined>;
  /**
   * Most ISINs (or CUSIPs, or price-to-yield items) one call may carry; more answers 422 with a pointer.
   * @default 100
   */
  maxIsinsPerRequest?: number;
  /**
   * Highest `limit` a search may ask for; `-1` ("no cap") is always refused (CONTRACT.md §6: 1000 rows at most).
   * @default 1000
   */
  maxLimit?: number;
  /**
   * Most entries of any other list in a request body (such as `countries`), at any depth; more answers 422 with a
   * pointer. Lists the contract bounds more tightly keep the contract's bound.
   * @default 1000
   */
  maxListEntries?: number;
  /**
   * Largest document `download_document` streams through, in bytes: a larger stated length answers 502 before the
   * first byte, and a stream that passes it is cut off. (JSON answers are bounded by the core client's own
   * response-size limit.)
   * @default 64 MiB
   */
  maxDocumentBytes?: number;
  /**
   * Largest request body, in bytes or as `'100kb'`; a larger one answers 413.
   * @default '100kb'
   */
  bodyLimit?: number | string;
  /**
   * Requests per user per rolling window; past it, 429 with `retry-after`. When set, every answer carries the
   * caller's own `ratelimit`/`ratelimit-policy` headers instead of the server key's.
   * @default no per-user rate
   */
  userRateLimit?: UserRateLimitOptions;
  /**
   * Distinct ISINs each user may pull per month (UTC) through quota-consuming operations; a call that would pass it
   * answers 403 before anything is spent.
   * @default no per-user budget
   */
  userMonthlyIsinBudget?: number;
  /**
   * Response cache for reference-type operations; `false` turns it off.
   * @default { ttlMs: 600_000 } in memory
   */
  cache?: false | ProxyCacheOptions;
  /**
   * Shared state. `rateLimit` and `quota` configure the client the proxy builds from options (with your own
   * `client`, give them to `createTerrapinClient` instead); `cache`, `userRateLimit` and `userQuota` are the proxy's.
   * @default in-memory stores
   */
  stores?: TerrapinStores;
  /**
   * Serve `GET /_status` with the shared quota ledger's count this month and the last rate-limit state.
   * @default true
   */
  status?: boolean;
}

/**
 * Options for `terrapinProxy()`: the proxy's own options plus either `client` (one you built) or the core client's
 * options (`apiKey`, `baseUrl`, `timeout`, `maxRetries`, …).
 */
export type TerrapinProxyOptions = TerrapinProxyOwnOptions & TerrapinClientSource;
