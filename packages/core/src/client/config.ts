import { memberOf } from '../errors/member-of';
import { TerrapinError } from '../errors/terrapin-error';
import { isBrowserLike } from './browser-like';
import { Credentials } from './credentials';
import { logLevelFromEnv, MISSING_KEY, readEnv } from './env';
import { createLog, DEFAULT_LOG_LEVEL, isLogLevel, LOG_LEVELS } from './logging';
import type { ResolvedConfig, TerrapinClientOptions } from './options';

/** The public API origin (CONTRACT.md §1). */
export const DEFAULT_BASE_URL = 'https://terrapinfinance.com';

/** `maxResponseBytes` default: far above any documented answer, far below what hurts a server (issue 14 item 3). */
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;
/** `maxDocumentBytes` default: room for large scanned official statements, still bounded. */
const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

const KEY_IN_BROWSER =
  'createTerrapinClient() was given an API key in a browser-like environment, where every visitor can read it. ' +
  'Keep the key on your server and point `baseUrl` at your own proxy (e.g. terrapinProxy() from ' +
  '@terrapin/express-middleware), or pass `dangerouslyAllowBrowser: true` if you accept the risk.';

function positive(name: string, value: number | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < min) {
    throw new TerrapinError(
      `createTerrapinClient(): \`${name}\` must be a number ≥ ${min}, got ${String(value)}`,
    );
  }
  return value;
}

/**
 * Applies defaults and the safety checks of DESIGN.md "Core client": a key is required unless a `baseUrl` is
 * given (browser → own proxy), and a key in a browser needs `dangerouslyAllowBrowser`.
 */
export function resolveOptions(options: TerrapinClientOptions): {
  config: ResolvedConfig;
  credentials: Credentials;
} {
  const key = options.apiKey === undefined ? (readEnv('TERRAPIN_API_KEY') ?? null) : options.apiKey || null;
  const explicitBaseUrl = options.baseUrl ?? readEnv('TERRAPIN_BASE_URL');
  if (key === null && explicitBaseUrl === undefined) throw new TerrapinError(MISSING_KEY);
  if (key !== null && isBrowserLike() && !options.dangerouslyAllowBrowser)
    throw new TerrapinError(KEY_IN_BROWSER);

  const baseUrl = resolveBaseUrl(explicitBaseUrl ?? DEFAULT_BASE_URL);
  const validate = options.validateResponses ?? 'throw';
  if (!['throw', 'warn', 'off'].includes(validate)) {
    throw new TerrapinError("createTerrapinClient(): `validateResponses` must be 'throw', 'warn' or 'off'");
  }

  const credentials = new Credentials(key);
  const config: ResolvedConfig = {
    baseUrl,
    timeout: positive('timeout', options.timeout, 30_000, 1),
    maxRetries: Math.floor(positive('maxRetries', options.maxRetries, 2)),
    retryBaseDelayMs: positive('retryBaseDelayMs', options.retryBaseDelayMs, 500),
    maxRetryAfterMs: positive('maxRetryAfterMs', options.maxRetryAfterMs, 60_000),
    maxPacingWaitMs: positive('maxPacingWaitMs', options.maxPacingWaitMs, 60_000),
    maxResponseBytes: positive('maxResponseBytes', options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, 1),
    maxDocumentBytes: positive('maxDocumentBytes', options.maxDocumentBytes, DEFAULT_MAX_DOCUMENT_BYTES, 1),
    fetch: options.fetch,
    fetchOptions: fetchOptionsOf(options.fetchOptions),
    validateResponses: validate,
    logger: logFor(options, credentials),
    maxIsinsPerRequest: Math.floor(positive('maxIsinsPerRequest', options.maxIsinsPerRequest, 100, 1)),
    maxConcurrency: Math.floor(positive('maxConcurrency', options.maxConcurrency, 4, 1)),
    defaultHeaders: { ...options.defaultHeaders },
    pacing: options.pacing ?? true,
    monthlyIsinBudget:
      options.monthlyIsinBudget === undefined
        ? null
        : positive('monthlyIsinBudget', options.monthlyIsinBudget, 0),
    quotaWarningRatio: positive('quotaWarningRatio', options.quotaWarningRatio, 0.8),
    hooks: {
      onRequest: options.onRequest,
      onResponse: options.onResponse,
      onRetry: options.onRetry,
      onCall: options.onCall,
    },
    onQuotaWarning: options.onQuotaWarning,
  };
  return { config, credentials };
}

/**
 * The client's log: `logLevel`, else `TERRAPIN_LOG`, else `'warn'`. `TERRAPIN_LOG` is read only when `logLevel`
 * is not given, and a runtime that refuses the read (Deno without `--allow-env=TERRAPIN_LOG`) or an unknown value
 * leaves the default: logging must never stop a client from being created.
 */
function logFor(options: TerrapinClientOptions, credentials: Credentials) {
  const logger = options.logger ?? console;
  if (options.logLevel !== undefined) {
    if (!isLogLevel(options.logLevel)) {
      throw new TerrapinError(
        `createTerrapinClient(): \`logLevel\` must be one of ${LOG_LEVELS.map((l) => `'${l}'`).join(', ')}`,
      );
    }
    return createLog(logger, options.logLevel, credentials.redact);
  }
  const fromEnv = logLevelFromEnv();
  const log = createLog(logger, fromEnv.level ?? DEFAULT_LOG_LEVEL, credentials.redact);
  if (fromEnv.warning) log.warn(fromEnv.warning);
  return log;
}

/**
 * `RequestInit` fields the SDK sets itself, which `fetchOptions` cannot replace: `redirect: 'follow'` would undo
 * issue 14 item 11, `signal` the timeout and abort, `headers`/`body`/`method` the request itself.
 */
const OWNED_FETCH_FIELDS = new Set(['method', 'headers', 'body', 'signal', 'redirect', 'duplex', 'window']);

function fetchOptionsOf(value: unknown): Record<string, unknown> {
  if (value === undefined) return {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TerrapinError(
      'createTerrapinClient(): `fetchOptions` must be an object of extra fetch options, e.g. { dispatcher }',
    );
  }
  const out: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(value)) if (!OWNED_FETCH_FIELDS.has(name)) out[name] = option;
  return out;
}

/**
 * Absolute URLs pass; a path such as `/api/terrapin` is resolved against the page's origin in a browser (the
 * usual way to point a key-less browser client at the app's own proxy).
 */
function resolveBaseUrl(raw: string): string {
  const origin = memberOf(memberOf(globalThis, 'location'), 'origin');
  try {
    const onPage = raw.startsWith('/') && typeof origin === 'string' && origin !== '' && origin !== 'null';
    const url = onPage ? new URL(raw, origin) : new URL(raw);
    return url.href.replace(/\/+$/, '');
  } catch {
    throw new TerrapinError(
      `createTerrapinClient(): \`baseUrl\` must be an absolute URL (or, in a browser, a path on the page's origin), got ${raw}`,
    );
  }
}
