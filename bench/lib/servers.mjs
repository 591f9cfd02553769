// Local servers for the scenarios: the offline mock API (`@terrapin/mock-server`, built) and an Express app with
// the proxy in front of it. Everything listens on 127.0.0.1 with a port picked by the OS.
import { importBuilt, importFrom } from './packages.mjs';

/**
 * Starts the mock API. Defaults suit a benchmark: no rate limit, no quota, a fixed seed, no injected faults.
 * @returns {Promise<{ url: string, apiKey: string, close(): Promise<void>, server: object }>}
 */
export async function startMock(options = {}) {
  const mock = await importBuilt('mock-server');
  const server = await mock.createMockServer({ port: 0, rateLimit: false, quota: false, seed: 1, ...options });
  return { url: server.url, apiKey: mock.MOCK_API_KEY, close: () => server.close(), server };
}

/**
 * An Express app serving `terrapinProxy(options)` under `/api/terrapin`, with a timing middleware in front that
 * records, per answered request, the time spent inside the app (arrival → response finished), in ms.
 * @returns {Promise<{ url: string, baseUrl: string, handlingMs: number[], close(): Promise<void> }>}
 */
export async function startProxy(proxyOptions) {
  const { default: express } = await importFrom('packages/express-middleware', 'express');
  const { terrapinProxy, terrapinErrorHandler } = await importBuilt('express-middleware');
  const handlingMs = [];
  const app = express();
  app.use((req, res, next) => {
    const start = process.hrtime.bigint();
    res.on('finish', () => handlingMs.push(Number(process.hrtime.bigint() - start) / 1e6));
    next();
  });
  app.use('/api/terrapin', terrapinProxy(proxyOptions));
  app.use(terrapinErrorHandler());
  const server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    baseUrl: `${url}/api/terrapin`,
    handlingMs,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
