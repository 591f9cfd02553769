import type { TerrapinClient } from '@terrapin/core';
import type { Request, RequestHandler } from 'express';
import type { TerrapinClientSource } from './client-source';
import { resolveClient } from './internal/client-source';
import type { TerrapinStores } from './stores/terrapin-stores';

// Types `req.terrapin` in every app that imports this package (Express's documented extension point). Declared here,
// next to the middleware that sets it, so the declaration ships in the bundled index.d.ts.
declare global {
  namespace Express {
    interface Request {
      /** The Terrapin client attached by `terrapin()`. Prefer `getTerrapin(req)`: it fails with a fix-it message. */
      terrapin?: TerrapinClient;
    }
  }
}

/**
 * Options for {@link terrapin}: a `client`, or the core client's options (`apiKey`, `baseUrl`, `timeout`, …) plus
 * optional shared `stores` for its rate limiter and quota ledger.
 */
export type TerrapinMiddlewareOptions = TerrapinClientSource & {
  /** `rateLimit` and `quota` stores for the client built from options (e.g. from `createRedisStores()`). */
  stores?: Pick<TerrapinStores, 'rateLimit' | 'quota'>;
};

/**
 * Middleware that attaches one shared Terrapin client as `req.terrapin`. The client is built once, when you call
 * `terrapin()`, so every request shares its rate limiter and quota ledger.
 * @example
 * import express from 'express';
 * import { getTerrapin, terrapin, terrapinErrorHandler } from '@terrapin/express-middleware';
 * const app = express();
 * app.use(terrapin({ apiKey: process.env.TERRAPIN_API_KEY }));
 * app.get('/bonds/:isin', async (req, res) => {
 *   const { data } = await getTerrapin(req).bonds.reference({ isins: [req.params.isin] });
 *   res.json(data[0] ?? null);
 * });
 * app.use(terrapinErrorHandler());
 */
export function terrapin(options: TerrapinMiddlewareOptions = {}): RequestHandler {
  const { stores, ...source } = options;
  const { client } = resolveClient(source, stores);
  return function terrapinMiddleware(req, _res, next) {
    req.terrapin = client;
    next();
  };
}

/**
 * The client `terrapin()` attached to this request.
 * @throws Error with a fix-it message when `terrapin()` was not mounted before this route.
 */
export function getTerrapin(req: Request): TerrapinClient {
  const client = req.terrapin;
  if (client) return client;
  throw new Error(
    [
      'getTerrapin(req) found no Terrapin client on this request: terrapin() must be mounted before this route.',
      '',
      "  import { terrapin } from '@terrapin/express-middleware';",
      '  app.use(terrapin({ apiKey: process.env.TERRAPIN_API_KEY }));',
      "  app.get('/bonds', async (req, res) => res.json(await getTerrapin(req).bonds.search({ limit: 10 })));",
    ].join('\n'),
  );
}
