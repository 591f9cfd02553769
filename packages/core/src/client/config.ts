import { TerrapinError } from '../errors/terrapin-error';
import { Credentials } from './credentials';
import { isBrowserLike, readEnv } from './env';
import type { ResolvedConfig, TerrapinClientOptions } from './options';

/** The public API origin (CONTRACT.md §1). */
export const DEFAULT_BASE_URL = 'https://terrapinfinance.com';

const MISSING_KEY =
  'Missing Terrapin API key. Pass `apiKey` to createTerrapinClient({ apiKey }) or set the TERRAPIN_API_KEY ' +
  'environment variable. (In a browser, keep the key on your server and point `baseUrl` at your own proxy.)';

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

  const config: ResolvedConfig = {
    baseUrl,
    timeout: positive('timeout', options.timeout, 30_000, 1),
    maxRetries: Math.floor(positive('maxRetries', options.maxRetries, 2)),
    retryBaseDelayMs: positive('retryBaseDelayMs', options.retryBaseDelayMs, 500),
    maxRetryAfterMs: positive('maxRetryAfterMs', options.maxRetryAfterMs, 60_000),
    fetch: options.fetch,
    validateResponses: validate,
    logger: options.logger ?? console,
    maxIsinsPerRequest: Math.floor(positive('maxIsinsPerRequest', options.maxIsinsPerRequest, 100, 1)),
    maxConcurrency: Math.floor(positive('maxConcurrency', options.maxConcurrency, 4, 1)),
    defaultHeaders: { ...options.defaultHeaders },
    pacing: options.pacing ?? true,
    monthlyIsinBudget:
      options.monthlyIsinBudget === undefined
        ? null
        : positive('monthlyIsinBudget', options.monthlyIsinBudget, 0),
    quotaWarningRatio: positive('quotaWarningRatio', options.quotaWarningRatio, 0.8),
    hooks: { onRequest: options.onRequest, onResponse: options.onResponse, onRetry: options.onRetry },
    onQuotaWarning: options.onQuotaWarning,
  };
  return { config, credentials: new Credentials(key) };
}

/**
 * Absolute URLs pass; a path such as `/api/terrapin` is resolved against the page's origin in a browser (the
 * usual way to point a key-less browser client at the app's own proxy).
 */
function resolveBaseUrl(raw: string): string {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  try {
    const url = raw.startsWith('/') && origin && origin !== 'null' ? new URL(raw, origin) : new URL(raw);
    return url.href.replace(/\/+$/, '');
  } catch {
    throw new TerrapinError(
      `createTerrapinClient(): \`baseUrl\` must be an absolute URL (or, in a browser, a path on the page's origin), got ${raw}`,
    );
  }
}
