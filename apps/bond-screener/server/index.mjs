#!/usr/bin/env node
// `pnpm start` / `pnpm demo`: serves the built app on PORT (default 3000).
// TERRAPIN_API_KEY set → the real API (TERRAPIN_BASE_URL optional); unset → the embedded mock server.

const port = Number.parseInt(process.env.PORT ?? '3000', 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number between 0 and 65535, got "${process.env.PORT}".`);
  process.exit(1);
}

let app;
try {
  app = await import('./app.mjs');
} catch (error) {
  if (/** @type {{ code?: string }} */ (error).code === 'ERR_MODULE_NOT_FOUND') {
    console.error(
      'The @terrapin packages are not built yet. From the repository root run `pnpm demo`, ' +
        'or `pnpm turbo run build --filter=bond-screener...` and then `pnpm --filter bond-screener start`.',
    );
    console.error(String(error));
    process.exit(1);
  }
  throw error;
}

const budget = process.env.TERRAPIN_MONTHLY_ISIN_BUDGET;
const monthlyIsinBudget = budget ? Number.parseInt(budget, 10) : undefined;
if (monthlyIsinBudget !== undefined && !(monthlyIsinBudget > 0)) {
  console.error(`TERRAPIN_MONTHLY_ISIN_BUDGET must be a positive number, got "${budget}".`);
  process.exit(1);
}

// TRUST_PROXY: only behind a reverse proxy you run ('1' = one hop, 'loopback', an address or subnet list). Unset,
// X-Forwarded-For is ignored, so a client cannot choose a new identity (and a fresh per-user limit) per request.
const trustProxy = parseTrustProxy(process.env.TRUST_PROXY);

// TERRAPIN_USER_RATE_LIMIT: requests per caller per minute through the proxy (default 300); 0 turns it off.
const perMinute = process.env.TERRAPIN_USER_RATE_LIMIT;
const userLimit = perMinute ? Number.parseInt(perMinute, 10) : undefined;
if (userLimit !== undefined && !(userLimit >= 0)) {
  console.error(
    `TERRAPIN_USER_RATE_LIMIT must be a number of requests per minute (0: off), got "${perMinute}".`,
  );
  process.exit(1);
}
const userRateLimit =
  userLimit === undefined ? undefined : userLimit === 0 ? false : { limit: userLimit, windowMs: 60_000 };

let server;
try {
  server = await app.startServer({
    port,
    host: process.env.HOST || '127.0.0.1',
    apiKey: process.env.TERRAPIN_API_KEY,
    baseUrl: process.env.TERRAPIN_BASE_URL,
    monthlyIsinBudget,
    trustProxy,
    userRateLimit,
  });
} catch (error) {
  const code = /** @type {{ code?: string }} */ (error).code;
  if (code === 'EADDRINUSE')
    console.error(`Port ${port} is already in use. Set PORT to another port, e.g. PORT=3001.`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const where =
  server.mode === 'mock'
    ? 'embedded mock server; no API key needed'
    : `Terrapin API at ${new URL(server.upstream).host}`;
console.log(`Bond screener running at ${server.url} (${where})`);

let stopping = false;
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (stopping) process.exit(1); // a second Ctrl-C forces it
    stopping = true;
    console.log('Shutting down…');
    server.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}

/**
 * @param {string | undefined} value
 * @returns {boolean | number | string}
 */
function parseTrustProxy(value) {
  if (!value || value === 'false' || value === '0') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}
