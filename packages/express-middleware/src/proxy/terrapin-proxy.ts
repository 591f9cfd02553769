import {
  type AnyOperation,
  type OperationName,
  operationNames,
  operations,
  type TerrapinClient,
  validateRequest,
} from '@terrapin/core';
import express, { type Request, type Response, type Router } from 'express';
import { createErrorReporter } from '../errors/error-event';
import { SAFE_DETAILS, type SafeErrorResponse, toSafeErrorResponse } from '../errors/safe-error-response';
import { resolveClient } from '../internal/client-source';
import { errorItem, sendErrors } from '../internal/send-errors';
import { bodyParserErrors } from './body-parser-errors';
import { forwardJson, streamDocument } from './forward';
import type { TerrapinProxyOptions } from './proxy-options';
import { checkRequestCaps, type RequestCaps } from './request-caps';
import { ResponseCache } from './response-cache';
import { rateLimitClock, readStatus } from './status-route';
import { UserLimits } from './user-limits';

const table = operations as unknown as Record<OperationName, AnyOperation>;

/** What the steps before body parsing learned about a request. */
interface Admitted {
  operation: OperationName;
  user: string | null;
}

/**
 * A backend-for-frontend for the Terrapin API: an Express router serving `POST /:operation` (and the API's own
 * `POST /api/v1/:operation`, which a core client pointed at the mount point calls) for the allowed operations only,
 * with the server's key, so a browser can use Terrapin without ever holding the key. Mount it under a path of your
 * app and point the browser's client at it.
 *
 * Per request, in order: allow-list (404) → JSON content type (415, which also keeps cross-site forms out) →
 * `authorize` (401) → per-user rate (429) → body size (413) and JSON (400) → the contract's strict validation
 * (422 with pointers) → caps on ISINs and `limit` (422) → per-user monthly ISIN budget (403) → cache → the API
 * through the core client. Nothing is spent upstream until every check passed. Answers are `{ data, total }` or the
 * API's `{ errors }` envelope, with `ratelimit`, `ratelimit-policy` and `request-id` headers; `download_document`
 * streams the file. `GET /_status` reports the shared quota count and the last rate-limit state.
 * @example
 * app.use(cors()); // your CORS middleware, before the proxy: error answers keep its headers
 * app.use('/api/terrapin', terrapinProxy({
 *   apiKey: process.env.TERRAPIN_API_KEY,
 *   allow: ['bond_search', 'bond_reference', 'bond_pricing_history'],
 *   authorize: (req) => Boolean(req.session?.user),
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
  };
  const cache = options.cache === false ? null : new ResponseCache(options.cache ?? {}, stores.cache);
  const users = new UserLimits(
    { rate: options.userRateLimit, budget: options.userMonthlyIsinBudget },
    { rate: stores.userRateLimit, quota: stores.userQuota },
  );
  const admitted = new WeakMap<Request, Admitted>();
  const rateLimitSeen = rateLimitClock(client);

  const answer = (res: Response, safe: SafeErrorResponse) =>
    sendErrors(res, safe.status, safe.errors, safe.headers);
  // Failures of the client or a store are answered here, as envelopes through `res` (so CORS headers set earlier
  // stay); only errors thrown by the app's own hooks go to the app's error handlers.
  const fail = (res: Response, error: unknown, operation: string | null) => {
    const safe = toSafeErrorResponse(error) ?? {
      status: 500,
      errors: [{ detail: SAFE_DETAILS.internal }],
      headers: {},
      serverFault: true,
    };
    rateLimitSeen.note();
    report(error, safe.status, safe.serverFault, operation);
    if (!res.writableEnded) answer(res, safe);
  };

  const identify = async (req: Request): Promise<string> => {
    const id = options.identify ? await options.identify(req) : undefined;
    return id ?? req.ip ?? 'anonymous';
  };

  // The app's own hooks: `authorize` (false → 401), then `identify` when per-user limits are on. Resolves `undefined`
  // when it answered, or passed a hook's error on to the app's error handlers (those errors are the app's, not ours).
  const gate = async (
    req: Request,
    res: Response,
    next: express.NextFunction,
    operation: OperationName | '_status',
  ): Promise<{ user: string | null } | undefined> => {
    try {
      if (options.authorize && !(await options.authorize(req, operation))) {
        sendErrors(res, 401, [errorItem('Not authorized')]);
        return undefined;
      }
      return { user: users.enabled ? await identify(req) : null };
    } catch (error) {
      next(error);
      return undefined;
    }
  };

  const admit: express.RequestHandler = (req, res, next) => {
    const name = String(req.params.operation);
    if (!allowed.has(name)) {
      const shown = /^[A-Za-z0-9_]{1,64}$/.test(name) ? ` "${name}"` : '';
      sendErrors(res, 404, [errorItem(`Unknown or disallowed operation${shown}`)]);
      return;
    }
    const operation = name as OperationName;
    if (!req.is('application/json')) {
      sendErrors(res, 415, [errorItem('Send the body as JSON with Content-Type: application/json')]);
      return;
    }
    const run = async () => {
      const gated = await gate(req, res, next, operation);
      if (!gated) return;
      const { user } = gated;
      if (user !== null) {
        const refusal = await users.admit(user);
        if (refusal) {
          report(new Error(refusal.errors[0]?.detail), refusal.status, false, operation);
          answer(res, refusal);
          return;
        }
      }
      admitted.set(req, { operation, user });
      next();
    };
    run().catch((error: unknown) => fail(res, error, operation));
  };

  const call: express.RequestHandler = (req, res, next) => {
    const state = admitted.get(req);
    if (!state) {
      next();
      return;
    }
    const { operation, user } = state;
    const op = table[operation];
    const run = async () => {
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
      const isins = quotaIsins(op, body);
      const period = client.quota.period;
      if (user !== null) {
        const refusal = await users.checkBudget(user, period, isins);
        if (refusal) {
          report(new Error(refusal.errors[0]?.detail), refusal.status, false, operation);
          answer(res, refusal);
          return;
        }
      }

      const signal = abortOnHangUp(res);
      if (operation === 'download_document') {
        await streamDocument(client, body, res, signal);
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
      if (user !== null) await users.record(user, period, isins);
      res.status(200).set(headers).type('application/json').send(json);
      // After the answer: the browser does not wait for the cache write (which never throws).
      if (cacheKey && headers['x-terrapin-cache'] === 'miss') await cache?.set(cacheKey, json);
    };
    run().catch((error: unknown) => fail(res, error, operation));
  };

  const router = express.Router();
  if (options.status !== false) {
    router.get('/_status', (req, res, next) => {
      const run = async () => {
        const gated = await gate(req, res, next, '_status');
        if (!gated) return;
        const { user } = gated;
        rateLimitSeen.note();
        const status = await readStatus(client, rateLimitSeen.seenAt(), async () =>
          user === null ? null : users.status(user, client.quota.period),
        );
        res.set('cache-control', 'no-store').json(status);
      };
      run().catch((error: unknown) => fail(res, error, '_status'));
    });
  }
  // `/api/v1/:operation` too: a core client whose `baseUrl` is the mount point appends the API's own paths.
  router.post(
    ['/:operation', '/api/v1/:operation'],
    admit,
    express.json({ limit: options.bodyLimit ?? '100kb', type: 'application/json' }),
    call,
  );
  router.use(bodyParserErrors);
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
