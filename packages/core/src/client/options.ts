import type { TerrapinHooks, TerrapinLogger } from './hooks';
import type { Log, TerrapinLogLevel } from './logging';
import type { QuotaLedger } from './quota-ledger';
import type { RateLimitStore } from './stores';

/** Options of {@link createTerrapinClient}. Every one has a default; most apps pass none or only `apiKey`. */
export interface TerrapinClientOptions extends TerrapinHooks {
  /**
   * API key, sent as `Authorization: Bearer <key>`. Kept in a private field: it never appears in errors, logs,
   * hook payloads or `util.inspect(client)`. Pass `null` for no key (a browser client talking to your proxy).
   * @default process.env.TERRAPIN_API_KEY
   */
  apiKey?: string | null;
  /**
   * API origin. In a browser, point it at your own proxy (and pass no key).
   * @default process.env.TERRAPIN_BASE_URL ?? 'https://terrapinfinance.com'
   */
  baseUrl?: string;
  /**
   * Per-attempt timeout in ms (sending, waiting and reading the body; for documents, until headers arrive).
   * @default 30_000
   */
  timeout?: number;
  /**
   * Retries after the first attempt for network errors, timeouts, 408, 429 and 5xx.
   * @default 2
   */
  maxRetries?: number;
  /**
   * Base of the exponential backoff (full jitter, capped at 8 s).
   * @default 500
   */
  retryBaseDelayMs?: number;
  /**
   * Longest server-requested wait (`retry-after`) the client will sit through; a 429 asking for more is thrown
   * at once.
   * @default 60_000
   */
  maxRetryAfterMs?: number;
  /**
   * Longest wait the rate limiter will hold a request for (the pacing counterpart of `maxRetryAfterMs`). When the
   * next send slot is further away — the server said `remaining=0` with a long `reset`, or far more requests are
   * queued than the window allows — the request is refused at once, before anything is sent, with a
   * `TerrapinRateLimitError` (`local: true`, `retryAfterMs` the wait, `rateLimit` the server's last state).
   * Pass `Infinity` to queue without limit (each caller's `signal` still ends its wait).
   * @default 60_000
   */
  maxPacingWaitMs?: number;
  /**
   * Largest JSON or CSV answer body accepted, in bytes. Enforced while the body streams in: past it, the
   * connection is cancelled and the call fails with `TerrapinResponseTooLargeError` (not retried); a
   * `content-length` above it is refused before reading. Error bodies are only ever read up to 1 MiB.
   * @default 33_554_432 (32 MiB)
   */
  maxResponseBytes?: number;
  /**
   * Largest document (`downloadDocument`) accepted, in bytes: a `content-length` above it is refused at once, and
   * a body that streams past it fails with `TerrapinResponseTooLargeError`. Separate from `maxResponseBytes`
   * because documents (scanned official statements) are legitimately much larger than data answers, and are
   * streamed rather than held.
   * @default 268_435_456 (256 MiB)
   */
  maxDocumentBytes?: number;
  /**
   * `fetch` implementation (a proxy-aware one, or a test double).
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Extra options passed to every `fetch` call, merged into its `RequestInit`: undici's `dispatcher` (an HTTP
   * proxy, custom TLS, connection limits), Bun's `proxy`, or standard fields such as `keepalive`. The SDK's own
   * fields (`method`, `headers`, `body`, `signal`, `redirect`) cannot be replaced.
   * @default {}
   * @example
   * // Behind a corporate proxy on Node (Node's fetch ignores HTTPS_PROXY): npm i undici@7
   * import { ProxyAgent } from 'undici';
   * const terrapin = createTerrapinClient({
   *   fetchOptions: { dispatcher: new ProxyAgent(process.env.HTTPS_PROXY!) },
   * });
   * @example
   * // Bun
   * const terrapin = createTerrapinClient({ fetchOptions: { proxy: 'http://proxy.internal:3128' } });
   */
  fetchOptions?: Record<string, unknown>;
  /**
   * What to do when a 200 body does not match the response schema. A body that is not JSON or has no `data`
   * array always throws `TerrapinResponseValidationError`.
   * @default 'throw'
   */
  validateResponses?: 'throw' | 'warn' | 'off';
  /**
   * Where log lines go: `console`, a pino logger, or any `{ warn, error?, info?, debug? }`. Every line passes
   * through the key redactor first.
   * @default console
   */
  logger?: TerrapinLogger;
  /**
   * How much to log: `'error'`, `'warn'` (response drift under `validateResponses: 'warn'`, hooks that throw),
   * `'info'` (plus every retry and pacing wait, with its reason), `'debug'` (plus one line per HTTP attempt:
   * operation, attempt, status, request id, duration, rate-limit remaining), or `'off'`.
   * @default process.env.TERRAPIN_LOG ?? 'warn'
   */
  logLevel?: TerrapinLogLevel;
  /**
   * ISINs per request for list operations; longer lists are split into chunks (CONTRACT.md §5 leaves the cap
   * undocumented; a third-party wrapper uses 100).
   * @default 100
   */
  maxIsinsPerRequest?: number;
  /**
   * Chunks of one batched call in flight at once (all still go through the rate limiter).
   * @default 4
   */
  maxConcurrency?: number;
  /**
   * Headers added to every request (after the SDK's own; `authorization` is never shown in hook payloads).
   * @default {}
   */
  defaultHeaders?: Record<string, string>;
  /**
   * Allow an API key in a browser-like environment, where every visitor can read it.
   * @default false
   */
  dangerouslyAllowBrowser?: boolean;
  /**
   * Where the rate limiter keeps its state. Pass a shared store (Redis) when several processes use one key.
   * @default new MemoryRateLimitStore()
   */
  rateLimitStore?: RateLimitStore;
  /**
   * Identifies this key's budget in `rateLimitStore`.
   * @default a SHA-256 fingerprint of the API key (never the key itself)
   */
  rateLimitKey?: string;
  /**
   * Pace requests by the server's `ratelimit` / `ratelimit-policy` headers so bulk jobs avoid 429s.
   * @default true
   */
  pacing?: boolean;
  /**
   * Counts distinct ISINs pulled per billing month.
   * @default new QuotaLedger()
   */
  quotaLedger?: QuotaLedger;
  /**
   * Distinct ISINs per month this client may pull; a call that would exceed it throws
   * `TerrapinQuotaExceededError` before anything is sent. Unlimited when unset.
   * @default undefined
   */
  monthlyIsinBudget?: number;
  /**
   * Called once per billing period when the ledger's count crosses `quotaWarningRatio` of `monthlyIsinBudget`.
   * @default undefined
   */
  onQuotaWarning?: (info: { used: number; budget: number; ratio: number; period: string }) => void;
  /**
   * Fraction of `monthlyIsinBudget` at which `onQuotaWarning` fires.
   * @default 0.8
   */
  quotaWarningRatio?: number;
}

/** Options accepted by every method, overriding the client's for one call. */
export interface RequestOptions {
  /** Aborts the call, including waits for pacing and retries (rejects with `TerrapinAbortError`). */
  signal?: AbortSignal;
  /** Per-attempt timeout in ms. @default the client's `timeout` */
  timeout?: number;
  /** Retries for this call. @default the client's `maxRetries` */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  /**
   * `'csv'` sends `Accept: text/csv` and resolves to `{ csv, requestId, rateLimit }` (CONTRACT.md §7); only for
   * operations whose table entry has `acceptsCsv`.
   * @default 'json'
   */
  accept?: 'json' | 'csv';
}

/** The options after defaults, as the client uses them (never exposed: it holds no key). */
export interface ResolvedConfig {
  baseUrl: string;
  timeout: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  maxRetryAfterMs: number;
  maxPacingWaitMs: number;
  maxResponseBytes: number;
  maxDocumentBytes: number;
  fetch: typeof globalThis.fetch | undefined;
  fetchOptions: Record<string, unknown>;
  validateResponses: 'throw' | 'warn' | 'off';
  /** The caller's logger behind the level filter and the redactor. */
  logger: Log;
  maxIsinsPerRequest: number;
  maxConcurrency: number;
  defaultHeaders: Record<string, string>;
  pacing: boolean;
  monthlyIsinBudget: number | null;
  quotaWarningRatio: number;
  hooks: TerrapinHooks;
  onQuotaWarning: TerrapinClientOptions['onQuotaWarning'];
}
