import {
  type AnyOperation,
  type OperationName,
  operationNames,
  operations,
  TerrapinAbortError,
  type TerrapinClient,
  validateRequest,
} from '@terrapin/core';
import express, { type Request, type Response, type Router } from 'express';
import { createErrorReporter } from '../errors/error-event';
import { SAFE_DETAILS, toSafeErrorResponse } from '../errors/safe-error-response';
import { resolveClient } from '../internal/client-source';
import { errorItem, sendErrors } from '../internal/send-errors';
import { proxyErrorHandler } from './body-parser-errors';
import { clientClosedError, isClientGone } from './client-closed';
import { forwardJson, streamDocument } from './forward';
import type { TerrapinProxyOptions } from './proxy-options';
import { checkRequestCaps, type RequestCaps } from './request-caps';
import { ResponseCache } from './response-cache';
import { rateLimitClock, readStatus } from './status-route';
import { UserLimits } from './user-limits';

const table = operations as unknown as Record<OperationName, AnyOperation>;

/**
 * A backend-for-frontend for the Terrapin API: an Express router serving `POST /:operation` (and the API's own
 * `POST /api/v1/:operation`, which a core client pointed at the mount point calls) for the allowed operations only,
 * with the server's key, so a browser can use Terrapin without ever holding the key. Mount it under a path of your
 * app and point the browser's client at it.
 *
 * Per request, in order: allow-list (404) → JSON content type (415, which also keeps cross-site forms out) → body
 * size (413) and JSON (400) → the contract's strict validation (422 with pointers) → caps on ISIN lists, every other
 * list and `limit` (422) → `authorize(req, operation, body)` (401) → per-user rate (429) → per-user monthly ISIN
 * budget, reserved atomically (403) → cache → the API through the core client. Nothing is spent upstream until every
 * check passed. Answers are `{ data, total }` or the API's `{ errors }` envelope (every answer under the mount,
 * whatever went wrong), with `ratelimit`, `ratelimit-policy` (the caller's own when `userRateLimit` is set, else the
 * server key's) and `request-id` headers; `download_document` streams the file. `GET /_status` reports the shared
 * quota count and the last rate-limit state.
 * @example
 * app.use(cors()); // your CORS middleware, before the proxy: error answers keep its headers
 * app.use('/api/terrapin', terrapinProxy({
 *   apiKey: process.env.TERRAPIN_API_KEY,
 *   allow: ['bond_search', 'bond_reference', 'bond_pricing_history'],
 *   authorize: (req, operation, body) => Boolean(req.session?.user),
 *   identify: (req) => req.session?.user?.id,
 *   userRateLimit: { limit: 60, windowSeconds: 60 },
 *   userMonthlyIsinBudget: 200,
 * }));
 * // In the browser: createTerrapinClient({ baseUrl: new URL('/api/terrapin', location.origin).href })
 */
export function terrapinProxy(options: TerrapinProxyOptions): Router {
  const allowed = checkAllowList(options.allow);
  const stores = options.stores ?? {};
  const { client, apiKey } = resolveProxyClient(options);
  const report = createErrorReporter(options, [apiKey]);
  const caps: RequestCaps = {
    maxIsinsPerCall: options.maxIsinsPerCall ?? 100,
    maxLimit: options.maxLimit ?? 1000,
    maxListEntries: options.maxListEntries ?? 1000,
  };
  const maxDocumentBytes = options.maxDocumentBytes ?? 64 * 1024 * 1024;
  const cache = options.cache === false ? null : new ResponseCache(options.cache ?? {}, stores.cache);
  const users = new UserLimits(
    { rate: options.userRateLimit, budget: options.userMonthlyIsinBudget },
    { rate: stores.userRateLimit, quota: stores.userQuota },
  );
  const admitted = new WeakSet<Request>();
  // Requests whose error came from the app's own hooks: those go on to the app's error handlers.
  const appErrors = new WeakSet<Request>();
  const rateLimitSeen = rateLimitClock(client);
  const clientClosed = (operation: string | null) => report(clientClosedError(), 499, false, operation);

  // Failures of the client or a store are answered here, as envelopes through `res` (so CORS headers set earlier
  // stay); only errors thrown by the app's own hooks go to the app's error handlers.
  const fail = (
    res: Response,
    error: unknown,
    operation: string | null,
    userHeaders: Record<string, string>,
  ) => {
    rateLimitSeen.note();
    if (isClientGone(res) || TerrapinAbortError.is(error)) {
      // The browser hung up (a document stream it closed included): one "client closed" event, not a 500.
      clientClosed(operation);
      if (!res.writableEnded) res.destroy();
      return;
    }
    const safe = toSafeErrorResponse(error) ?? {
      status: 500,
      errors: [{ detail: SAFE_DETAILS.internal }],
      headers: {},
      serverFault: true,
    };
    report(error, safe.status, safe.serverFault, operation);
    // With a per-user rate, the server key's rate-limit state is not the caller's: leave it out of error answers.
    const headers = { ...safe.headers };
    if (Object.keys(userHeaders).length > 0) {
      delete headers.ratelimit;
      delete headers['ratelimit-policy'];
    }
    if (!res.writableEnded) sendErrors(res, safe.status, safe.errors, headers);
  };

  const identify = async (req: Request): Promise<string> => {
    const id = options.identify ? await options.identify(req) : undefined;
    return id ?? req.ip ?? 'anonymous';
  };

  // Runs one of the app's own hooks; its error goes on to the app's error handlers (those errors are the app's, not
  // ours), and `undefined` tells the caller the request is handled.
  const hook = async <T>(
    req: Request,
    next: express.NextFunction,
    run: () => Promise<T>,
  ): Promise<T | undefined> => {
    try {
      return await run();
    } catch (error) {
      appErrors.add(req);
      next(error);
      return undefined;
    }
  };
  const authorized = (req: Request, operation: OperationName | '_status', body: unknown) =>
    options.authorize ? Promise.resolve(options.authorize(req, operation, body)) : Promise.resolve(true);
  const userOf = async (req: Request): Promise<{ user: string | null }> => ({
    user: users.enabled ? await identify(req) : null,
  });

  const admit: express.RequestHandler = (req, res, next) => {
    const name = String(req.params.operation);
    if (!allowed.has(name)) {
      const shown = /^[A-Za-z0-9_]{1,64}$/.test(name) ? ` "${name}"` : '';
      sendErrors(res, 404, [errorItem(`Unknown or disallowed operation${shown}`)]);
      return;
    }
    if (!req.is('application/json')) {
      sendErrors(res, 415, [errorItem('Send the body as JSON with Content-Type: application/json')]);
      return;
    }
    admitted.add(req);
    next();
  };

  const call: express.RequestHandler = (req, res, next) => {
    if (!admitted.has(req)) {
      next();
      return;
    }
    const operation = String(req.params.operation) as OperationName;
    const op = table[operation];
    let userHeaders: Record<string, string> = {};
    const run = async () => {
      // The per-user rate first: invalid requests count too (a user cannot hammer the validator for free).
      const who = await hook(req, next, () => userOf(req));
      if (!who) return;
      const { user } = who;
      if (user !== null) {
        const admission = await users.admit(user);
        userHeaders = admission.headers;
        if (admission.refusal) {
          report(new Error(admission.refusal.errors[0]?.detail), 429, false, operation);
          sendErrors(res, 429, admission.refusal.errors, admission.refusal.headers);
          return;
        }
      }
      const valid = validateRequest(operation, req.body, { strict: true });
      if (!valid.success) {
        sendErrors(res, 422, valid.errors);
        return;
      }
      const body: unknown = valid.data;
      const capErrors = checkRequestCaps(op, body, caps);
      if (capErrors.length > 0) {
        sendErrors(res, 422, capErrors);
        return;
      }
      // `authorize` sees the operation and the validated body (issue 14 #8), so an app can decide per ISIN.
      const allowedHere = await hook(req, next, () => authorized(req, operation, body));
      if (allowedHere === undefined) return;
      if (!allowedHere) {
        sendErrors(res, 401, [errorItem('Not authorized')]);
        return;
      }
      let reserved: string[] = [];
      const isins = quotaIsins(op, body);
      const period = client.quota.period;
      if (user !== null) {
        const budget = await users.reserveBudget(user, period, isins);
        if (budget.refusal) {
          report(new Error(budget.refusal.errors[0]?.detail), 403, false, operation);
          sendErrors(res, 403, budget.refusal.errors, budget.refusal.headers);
          return;
        }
        reserved = budget.reserved;
      }
      try {
        await send(req, res, operation, body, userHeaders);
      } catch (error) {
        // Nothing was pulled for this user: give the reservation back.
        if (user !== null) await users.release(user, period, reserved);
        throw error;
      }
    };
    run().catch((error: unknown) => fail(res, error, operation, userHeaders));
  };

  const send = async (
    _req: Request,
    res: Response,
    operation: OperationName,
    body: unknown,
    userHeaders: Record<string, string>,
  ) => {
    const signal = abortOnHangUp(res);
    if (operation === 'download_document') {
      await streamDocument(client, body, res, signal, { maxBytes: maxDocumentBytes, headers: userHeaders });
      rateLimitSeen.note();
      return;
    }
    const cacheKey = cache?.caches(operation) ? cache.key(operation, body) : null;
    let json = cacheKey ? await cache?.get(cacheKey) : undefined;
    let headers: Record<string, string> = {};
    if (json !== undefined) {
      headers['x-terrapin-cache'] = 'hit';
    } else {
      ({ json, headers } = await forwardJson(client, operation, body, signal));
      rateLimitSeen.note();
      if (cacheKey) headers['x-terrapin-cache'] = 'miss';
    }
    res.status(200).set(headers).set(userHeaders).type('application/json').send(json);
    // After the answer: the browser does not wait for the cache write (which never throws).
    if (cacheKey && headers['x-terrapin-cache'] === 'miss') await cache?.set(cacheKey, json);
  };

  const router = express.Router();
  if (options.status !== false) {
    router.get('/_status', (req, res, next) => {
      const run = async () => {
        const allowedHere = await hook(req, next, () => authorized(req, '_status', undefined));
        if (allowedHere === undefined) return;
        if (!allowedHere) {
          sendErrors(res, 401, [errorItem('Not authorized')]);
          return;
        }
        const who = await hook(req, next, () => userOf(req));
        if (!who) return;
        const { user } = who;
        rateLimitSeen.note();
        const status = await readStatus(client, rateLimitSeen.seenAt(), async () =>
          user === null ? null : users.status(user, client.quota.period),
        );
        res.set('cache-control', 'no-store').json(status);
      };
      run().catch((error: unknown) => fail(res, error, '_status', {}));
    });
  }
  // `/api/v1/:operation` too: a core client whose `baseUrl` is the mount point appends the API's own paths.
  router.post(
    ['/:operation', '/api/v1/:operation'],
    admit,
    express.json({ limit: options.bodyLimit ?? '100kb', type: 'application/json' }),
    call,
  );
  // Anything else under the mount is the proxy's to answer too, as an envelope (issue 14 #9).
  router.use((_req, res) => {
    sendErrors(res, 404, [errorItem('No such route on this proxy')]);
  });
  router.use(
    proxyErrorHandler(
      (error, status, serverFault) => report(error, status, serverFault, null),
      clientClosed,
      (req) => appErrors.has(req),
    ),
  );
  return router;
}

function checkAllowList(allow: readonly string[] | undefined): ReadonlySet<string> {
  if (!Array.isArray(allow)) {
    throw new TypeError(
      "terrapinProxy() needs `allow`, the operations the browser may call, e.g. allow: ['bond_search', 'bond_reference']",
    );
  }
  const known = new Set<string>(operationNames);
  const unknown = allow.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new TypeError(
      `terrapinProxy(): unknown operation(s) in allow: ${unknown.join(', ')}. Known operations: ${operationNames.join(', ')}`,
    );
  }
  return new Set(allow);
}

function resolveProxyClient(options: TerrapinProxyOptions): {
  client: TerrapinClient;
  apiKey: string | null;
} {
  const {
    allow: _allow,
    authorize: _authorize,
    identify: _identify,
    maxIsinsPerCall: _maxIsins,
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

/** The ISINs a call would count against a quota (CONTRACT.md §5), as the validated body names them. */
function quotaIsins(op: AnyOperation, body: unknown): string[] {
  if (!op.consumesQuota || op.isinField === null) return [];
  const value = (body as Record<string, unknown>)[op.isinField];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Aborts the upstream call (and its retries and pacing waits) when the browser hangs up before the answer. */
function abortOnHangUp(res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
