import type { TerrapinHooks, TerrapinLogger } from './hooks';
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
   * `fetch` implementation (a proxy-aware one, or a test double).
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * What to do when a 200 body does not match the response schema. A body that is not JSON or has no `data`
   * array always throws `TerrapinResponseValidationError`.
   * @default 'throw'
   */
  validateResponses?: 'throw' | 'warn' | 'off';
  /**
   * Logger for `validateResponses: 'warn'` and for hooks that throw.
   * @default console
   */
  logger?: TerrapinLogger;
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
  fetch: typeof globalThis.fetch | undefined;
  validateResponses: 'throw' | 'warn' | 'off';
  logger: TerrapinLogger;
  maxIsinsPerRequest: number;
  maxConcurrency: number;
  defaultHeaders: Record<string, string>;
  pacing: boolean;
  monthlyIsinBudget: number | null;
  quotaWarningRatio: number;
  hooks: TerrapinHooks;
  onQuotaWarning: TerrapinClientOptions['onQuotaWarning'];
}
