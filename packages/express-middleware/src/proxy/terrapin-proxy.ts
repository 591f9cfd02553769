import express, { type Router } from 'express';
import { errorItem, sendErrors } from '../internal/send-errors';
import { admitStep } from './admit';
import { checkAllowList } from './allow-list';
import { proxyErrorHandler } from './body-parser-errors';
import { callStep } from './call';
import { createProxyContext, reportClientClosed } from './context';
import type { TerrapinProxyOptions } from './proxy-options';
import { statusStep } from './status-step';

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
 *   userRateLimit: { limit: 60, windowMs: 60_000 },
 *   userMonthlyIsinBudget: 200,
 * }));
 * // In the browser: createTerrapinClient({ baseUrl: new URL('/api/terrapin', location.origin).href })
 */
export function terrapinProxy(options: TerrapinProxyOptions): Router {
  const allowed = checkAllowList(options.allow);
  const ctx = createProxyContext(options);
  const router = express.Router();
  if (options.status !== false) router.get('/_status', statusStep(ctx));
  // `/api/v1/:operation` too: a core client whose `baseUrl` is the mount point appends the API's own paths.
  router.post(
    ['/:operation', '/api/v1/:operation'],
    admitStep(ctx, allowed),
    express.json({ limit: options.bodyLimit ?? '100kb', type: 'application/json' }),
    callStep(ctx),
  );
  // Anything else under the mount is the proxy's to answer too, as an envelope (issue 14 #9).
  router.use((_req, res) => {
    sendErrors(res, 404, [errorItem('No such route on this proxy')]);
  });
  router.use(
    proxyErrorHandler(
      (error, status, serverFault) => ctx.report(error, status, serverFault, null),
      (operation) => reportClientClosed(ctx, operation),
      (req) => ctx.appErrors.has(req),
    ),
  );
  return router;
}
