#!/usr/bin/env node
// `pnpm --filter bond-screener dev`: the Express API (proxy + embedded mock) on a free port, and Vite with hot
// reload on PORT (default 5173) proxying /api to it. The front end reads the SDK packages' source directly, so
// edits to packages/*/src reload too.
import { fileURLToPath } from 'node:url';
import { createServer, defaultClientConditions } from 'vite';
import { startServer } from './app.mjs';

const api = await startServer({
  port: 0,
  apiKey: process.env.TERRAPIN_API_KEY,
  baseUrl: process.env.TERRAPIN_BASE_URL,
  distDir: false,
});

const vite = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: { conditions: ['@terrapin/source', ...defaultClientConditions] },
  server: {
    host: process.env.HOST || '127.0.0.1',
    port: Number.parseInt(process.env.PORT ?? '5173', 10),
    proxy: { '/api': { target: api.url, changeOrigin: false } },
  },
});
await vite.listen();
const where = api.mode === 'mock' ? 'embedded mock server' : `Terrapin API at ${new URL(api.upstream).host}`;
console.log(
  `Bond screener (dev) running at ${vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/'} (${where})`,
);

let stopping = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, async () => {
    if (stopping) process.exit(1);
    stopping = true;
    await Promise.allSettled([vite.close(), api.close()]);
    process.exit(0);
  });
}
