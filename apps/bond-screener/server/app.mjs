/**
 * The bond screener's server: the Terrapin proxy for the browser, plus the built front end.
 * With no API key it embeds the offline mock server, so the demo runs anywhere with no account.
 */
import { existsSync } from 'node:fs';
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
 */

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
    const app = createApp({ mode, upstream, apiKey: apiKey ?? MOCK_API_KEY, monthlyIsinBudget, distDir });
    server = await listen(app, port, host);
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
 *   distDir: string | false }} setup
 */
function createApp({ mode, upstream, apiKey, monthlyIsinBudget, distDir }) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders);

  app.get('/api/app-info', (_req, res) => {
    res.json({ mode, upstream: mode === 'mock' ? 'embedded mock server' : new URL(upstream).host });
  });
  const proxy = terrapinProxy({
    apiKey,
    baseUrl: upstream,
    monthlyIsinBudget,
    allow: [...allowedOperations],
  });
  // The proxy answers both `POST /:operation` and the core client's `POST /api/v1/:operation`.
  app.use(proxyPath, proxy);
  app.use('/api', (_req, res) => {
    res.status(404).json({ errors: [{ detail: 'No such API route on the bond screener server.' }] });
  });

  if (distDir !== false) serveFrontEnd(app, distDir);
  app.use(terrapinErrorHandler());
  return app;
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
 * @returns {Promise<import('node:http').Server>}
 */
function listen(app, port, host) {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error) => (error ? reject(error) : resolve(server)));
  });
}
