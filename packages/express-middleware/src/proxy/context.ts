import type { OperationName, TerrapinClient } from '@terrapin/core';
import type { Request } from 'express';
import { createErrorReporter } from '../errors/error-event';
import { resolveClient } from '../internal/client-source';
import { clientClosedError } from './client-closed';
import type { TerrapinProxyOptions } from './proxy-options';
import type { RequestCaps } from './request-caps';
import { ResponseCache } from './response-cache';
import { rateLimitClock } from './status-route';
import { UserLimits } from './user-limits';

/** Reports one answered error (redacted) to the app's `onError`. */
export type ProxyReporter = (
  error: unknown,
  status: number,
  serverFault: boolean,
  operation: string | null,
) => void;

/** What every step of one proxy instance shares: its options resolved once, at mount time. */
export interface ProxyContext {
  readonly options: TerrapinProxyOptions;
  readonly client: TerrapinClient;
  readonly report: ProxyReporter;
  readonly caps: RequestCaps;
  readonly maxDocumentBytes: number;
  readonly cache: ResponseCache | null;
  readonly users: UserLimits;
  readonly rateLimitSeen: ReturnType<typeof rateLimitClock>;
  /** Requests that passed the allow-list and content-type checks, with their operation (set before the body parser). */
  readonly admitted: WeakMap<Request, OperationName>;
  /** Requests whose error came from the app's own hooks: those go on to the app's error handlers. */
  readonly appErrors: WeakSet<Request>;
}

/** Resolves the options of one `terrapinProxy()` into the state its steps share. */
export function createProxyContext(options: TerrapinProxyOptions): ProxyContext {
  const stores = options.stores ?? {};
  const { client, apiKey } = resolveProxyClient(options);
  return {
    options,
    client,
    report: createErrorReporter(options, [apiKey]),
    caps: {
      maxIsinsPerRequest: options.maxIsinsPerRequest ?? 100,
      maxLimit: options.maxLimit ?? 1000,
      maxListEntries: options.maxListEntries ?? 1000,
    },
    maxDocumentBytes: options.maxDocumentBytes ?? 64 * 1024 * 1024,
    cache: options.cache === false ? null : new ResponseCache(options.cache ?? {}, stores.cache),
    users: new UserLimits(
      { rate: options.userRateLimit, budget: options.userMonthlyIsinBudget },
      { rate: stores.userRateLimit, quota: stores.userQuota },
    ),
    rateLimitSeen: rateLimitClock(client),
    admitted: new WeakMap<Request, OperationName>(),
    appErrors: new WeakSet<Request>(),
  };
}

/** Reports a browser that hung up: one "client closed" event (499), not a fault. */
export function reportClientClosed(ctx: ProxyContext, operation: string | null): void {
  ctx.report(clientClosedError(), 499, false, operation);
}

// The proxy's own options are not the client's: what is left is the client source (a client, or its options).
function resolveProxyClient(options: TerrapinProxyOptions): {
  client: TerrapinClient;
  apiKey: string | null;
} {
  const {
    allow: _allow,
    authorize: _authorize,
    identify: _identify,
    maxIsinsPerRequest: _maxIsins,
    maxLimit: _maxLimit,
    maxListEntries: _maxListEntries,
    maxDocumentBytes: _maxDocumentBytes,
    bodyLimit: _bodyLimit,
    userRateLimit: _userRate,
    userMonthlyIsinBudget: _userBudget,
    cache: _cache,
    stores,
    status: _status,
    onError: _onError,
    redact: _redact,
    ...source
  } = options;
  return resolveClient(source, stores);
}
