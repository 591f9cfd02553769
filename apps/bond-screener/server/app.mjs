/**
 * The bond screener's server: the Terrapin proxy for the browser, plus the built front end.
 * With no API key it embeds the offline mock server, so the demo runs anywhere with no account.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { terrapinErrorHandler, terrapinProxy } from '@terrapin/express-middleware';
import { createMockServer, DEFAULT_QUOTA, MOCK_API_KEY } from '@terrapin/mock-server';
import express from 'express';
import { allowedOperations } from './allowed-operations.mjs';

export const defaultDistDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const proxyPath = '/api/terrapin';

/**
 * @typedef {object} StartServerOptions
 * @property {number} [port] Port to listen on; 0 picks a free one. Default 3000.
 * @property {string} [host] Interface to bind. Default 127.0.0.1.
 * @property {string} [apiKey] Terrapin API key; without one the embedded mock server is used.
 * @property {string} [baseUrl] Terrapin API base URL (with a key); default https://terrapinfinance.com.
 * @property {number} [monthlyIsinBudget] Distinct ISINs the server may pull per month; the SDK refuses a call that
 *   would pass it before any quota is spent. Default: the embedded mock's quota, or none with a real key.
 * @property {string | false} [distDir] Built front end to serve; `false` serves only the API (dev mode).
 * @property {boolean | number | string} [trustProxy] Express `trust proxy`: set it only when a reverse proxy you run
 *   sits in front (e.g. `1` for one hop, or its address); then `X-Forwarded-For` names the caller. Default `false`:
 *   the socket's address is the caller, so a client cannot pick a new identity per request.
 * @property {{ limit: number, windowMs: number } | false} [userRateLimit] Requests per caller (by address) per
 *   rolling window through the proxy. Default 300 per 60 s; `false` turns it off.
 * @property {Partial<typeof SERVER_TIMEOUTS>} [timeouts] Overrides of {@link SERVER_TIMEOUTS} (tests).
 */

/** Per-caller rate through the proxy when none is configured: generous for page loads, a wall for a script. */
export const DEFAULT_USER_RATE_LIMIT = Object.freeze({ limit: 300, windowMs: 60_000 });

/**
 * Node's HTTP server limits (its defaults let a slow client hold a socket for 300 s): the whole request must arrive
 * within `requestTimeout`, its headers within `headersTimeout`, and an idle keep-alive socket closes after
 * `keepAliveTimeout`. Streamed answers (documents) are not cut by these: they bound receiving the request only.
 */
/** @type {Readonly<{ requestTimeout: number, headersTimeout: number, keepAliveTimeout: number }>} */
export const SERVER_TIMEOUTS = Object.freeze({
  requestTimeout: 15_000,
  headersTimeout: 10_000,
  keepAliveTimeout: 5_000,
});

/**
 * @typedef {object} RunningServer
 * @property {string} url Where the app is served, e.g. `http://127.0.0.1:3000`.
 * @property {number} port
 * @property {'mock' | 'live'} mode `mock` when the embedded mock server answers.
 * @property {string} upstream Base URL of the API the proxy talks to.
 * @property {() => Promise<void>} close Stops the server (and the embedded mock).
 */

/**
 * Starts the app server. Reads nothing from the environment itself: `server/index.mjs` does that.
 * @param {StartServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options = {}) {
  const { port = 3000, host = '127.0.0.1', distDir = defaultDistDir } = options;
  const apiKey = options.apiKey || undefined;
  const mock = apiKey ? null : await createMockServer({ port: 0 });
  const upstream = mock ? mock.url : options.baseUrl || 'https://terrapinfinance.com';
  const mode = mock ? 'mock' : 'live';
  const monthlyIsinBudget = options.monthlyIsinBudget ?? (mock ? DEFAULT_QUOTA : undefined);

  /** @type {import('node:http').Server} */
  let server;
  try {
    const app = createApp({
      mode,
      upstream,
      apiKey: apiKey ?? MOCK_API_KEY,
      monthlyIsinBudget,
      distDir,
      trustProxy: options.trustProxy ?? false,
      userRateLimit: options.userRateLimit ?? DEFAULT_USER_RATE_LIMIT,
    });
    server = await listen(app, port, host, { ...SERVER_TIMEOUTS, ...options.timeouts });
  } catch (error) {
    await mock?.close(); // do not leave the embedded mock running when the app cannot start
    throw error;
  }
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  let closing;
  return {
    url,
    port: actualPort,
    mode,
    upstream,
    close() {
      closing ??= (async () => {
        await new Promise((resolve) => {
          server.close(() => resolve(undefined));
          server.closeAllConnections();
        });
        await mock?.close();
      })();
      return closing;
    },
  };
}

/**
 * The Express app: app info, the Terrapin proxy, the built front end, the error handler.
 * @param {{ mode: 'mock' | 'live', upstream: string, apiKey: string, monthlyIsinBudget: number | undefined,
 *   distDir: string | false, trustProxy: boolean | number | string,
 *   userRateLimit: { limit: number, windowMs: number } | false }} setup
 */
function createApp({ mode, upstream, apiKey, monthlyIsinBudget, distDir, trustProxy, userRateLimit }) {
  const app = express();
  app.disable('x-powered-by');
  // Forwarding headers are trusted only when configured (TRUST_PROXY): with 'loopback' trusted by default, a client
  // sending a new X-Forwarded-For each time was a new user each time and passed any per-user limit (issue 14 #10).
  app.set('trust proxy', trustProxy);
  app.use(securityHeaders);

  app.get('/api/app-info', (_req, res) => {
    res.json({ mode, upstream: mode === 'mock' ? 'embedded mock server' : new URL(upstream).host });
  });
  const proxy = terrapinProxy({
    apiKey,
    baseUrl: upstream,
    monthlyIsinBudget,
    allow: [...allowedOperations],
    ...(userRateLimit ? { userRateLimit } : {}),
  });
  // The proxy answers both `POST /:operation` and the core client's `POST /api/v1/:operation`.
  app.use(proxyPath, proxy);
  app.use('/api', (_req, res) => {
    res.status(404).json({ errors: [{ detail: 'No such API route on the bond screener server.' }] });
  });

  if (distDir !== false) serveFrontEnd(app, distDir);
  app.use(terrapinErrorHandler());
  app.use(lastErrorHandler);
  return app;
}

/**
 * The app's last word on any error: a JSON envelope (or a plain 404 page's worth of text for the front end), never
 * Express's default page with a stack and `node_modules` paths, whatever NODE_ENV is (issue 14 #9). A request the
 * client aborted is one "client closed" line; anything else one line naming the error, never its stack.
 * @type {import('express').ErrorRequestHandler}
 */
function lastErrorHandler(error, req, res, _next) {
  const type = /** @type {{ type?: unknown } | null} */ (error)?.type;
  if (type === 'request.aborted' || req.destroyed || res.destroyed) {
    console.warn(`client closed: ${req.method} ${req.path.slice(0, 200)}`);
    if (!res.writableEnded) res.destroy();
    return;
  }
  const status = /** @type {{ status?: unknown } | null} */ (error)?.status;
  const clientError = typeof status === 'number' && status >= 400 && status < 500;
  const code = clientError ? status : 500;
  if (!clientError) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    console.error(
      `error answering ${req.method} ${req.path.slice(0, 200)}: ${name}: ${message.slice(0, 300)}`,
    );
  }
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res
    .status(code)
    .set('cache-control', 'no-store')
    .json({ errors: [{ detail: clientError ? 'Malformed request' : 'Internal error' }] });
}

/**
 * @param {import('express').Express} app
 * @param {string} distDir
 */
function serveFrontEnd(app, distDir) {
  const indexHtml = `${distDir.replace(/\/?$/, '/')}index.html`;
  if (!existsSync(indexHtml)) {
    throw new Error(
      `The front end is not built (${indexHtml} is missing). Run \`pnpm --filter bond-screener build\` first, ` +
        'or `pnpm demo` from the repository root.',
    );
  }
  // Hashed asset names never change content, so browsers may keep them; index.html is always revalidated.
  app.use('/assets', express.static(`${distDir}/assets`, { immutable: true, maxAge: '1y' }));
  // A missing asset is a plain 404, not the SPA page (a script tag would otherwise get HTML).
  app.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });
  app.use(express.static(distDir, { index: false, maxAge: 0 }));
  app.get('/{*splat}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
}

/**
 * @param {import('express').Request} _req
 * @param {import('express').Response} res
 * @param {import('express').NextFunction} next
 */
function securityHeaders(_req, res, next) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  next();
}

/**
 * @param {import('express').Express} app
 * @param {number} port
 * @param {string} host
 * @param {typeof SERVER_TIMEOUTS} timeouts
 * @returns {Promise<import('node:http').Server>}
 */
function listen(app, port, host, timeouts) {
  return new Promise((resolve, reject) => {
    // Node checks the request and headers timeouts on an interval (30 s by default): check often enough that a slow
    // client is cut near its deadline.
    const connectionsCheckingInterval = Math.min(1_000, timeouts.headersTimeout);
    const server = createServer({ ...timeouts, connectionsCheckingInterval }, app);
    server.keepAliveTimeout = timeouts.keepAliveTimeout;
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}
