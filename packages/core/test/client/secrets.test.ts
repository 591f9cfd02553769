import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTerrapinClient,
  isTerrapinError,
  type TerrapinClientOptions,
  TerrapinError,
  TerrapinQuotaExceededError,
} from '../../src/index';
import { CANARY, makeIsins, testClient } from './helpers/fixtures';
import { apiError, ok, type Reply, startServer, type TestServer } from './helpers/server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const [A] = makeIsins(1);

/** Every way the key could leak through an error. */
function expectNoCanary(value: unknown) {
  const views = [
    String(value),
    (value as Error).stack ?? '',
    JSON.stringify(value),
    inspect(value, { depth: 10, showHidden: true }),
  ];
  for (const view of views) expect(view).not.toContain(CANARY);
}

/** Calls bond_reference against a server answering `reply`, records hook payloads, returns the error. */
async function errorFor(reply: Reply | null, options: TerrapinClientOptions = {}) {
  const payloads: unknown[] = [];
  let url = 'http://127.0.0.1:9';
  if (reply) {
    server = await startServer(() => reply);
    url = server.url;
  }
  const client = testClient(url, {
    maxRetries: 1,
    onRequest: (i) => payloads.push(i),
    onResponse: (i) => payloads.push(i),
    onRetry: (i) => payloads.push(i),
    ...options,
  });
  const error = await client.bonds.reference({ isins: [A!] }).catch((e: unknown) => e);
  expect(isTerrapinError(error)).toBe(true);
  for (const payload of payloads) expectNoCanary(payload);
  return { error, payloads };
}

describe('the API key never leaks', () => {
  it.each<[string, Reply | null, TerrapinClientOptions?]>([
    ['400', apiError(400, 'Malformed')],
    ['401 echoing the key', apiError(401, `Invalid token Bearer ${CANARY}`, { reason: CANARY })],
    ['403', apiError(403, 'Outside tier')],
    ['403 quota', apiError(403, 'Monthly ISIN quota exhausted')],
    ['404', apiError(404, 'Unknown')],
    [
      '422',
      {
        status: 422,
        body: { errors: [{ title: 'Invalid value', detail: CANARY, source: { pointer: '/isins/0' } }] },
      },
    ],
    ['429', apiError(429, 'Slow down', {}, { 'retry-after': '0' })],
    ['429 over the cap', apiError(429, 'Slow down', {}, { 'retry-after': '999' })],
    ['500', apiError(500, 'Boom')],
    [
      'HTML 502 echoing the key',
      {
        status: 502,
        headers: { 'content-type': 'text/html', 'x-echo': CANARY },
        body: `<h1>Bad gateway for ${CANARY}</h1>`,
      },
    ],
    ['empty 503', { status: 503 }],
    ['malformed 200', { status: 200, body: `{"data": "${CANARY}` }],
    ['schema drift', ok([{ isin: A, coupon: CANARY }])],
    ['timeout', { ...ok([]), delayMs: 500 }, { timeout: 30 }],
    ['connection reset', { reset: true }],
    ['connection refused', null],
  ])('%s', async (_, reply, options) => {
    const { error, payloads } = await errorFor(reply, options);
    expectNoCanary(error);
    expect(payloads.length).toBeGreaterThan(0);
  });

  it('abort', async () => {
    server = await startServer(() => ({ ...ok([]), delayMs: 500 }));
    const controller = new AbortController();
    const pending = testClient(server.url).bonds.reference({ isins: [A!] }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expectNoCanary(await pending.catch((e) => e));
  });

  it('request validation, local quota refusal, batch failure', async () => {
    server = await startServer((req) =>
      (req.body as { isins: string[] }).isins.length > 1 ? apiError(500, 'x') : ok([{ isin: A }]),
    );
    const client = testClient(server.url, { monthlyIsinBudget: 1, maxRetries: 0, maxIsinsPerRequest: 1 });
    expectNoCanary(await client.bonds.reference({ isins: ['bad'] }).catch((e) => e));
    await client.bonds.reference({ isins: [A!] });
    const quota = await client.bonds.reference({ isins: makeIsins(2, 50) }).catch((e) => e);
    expect(quota).toBeInstanceOf(TerrapinQuotaExceededError);
    expectNoCanary(quota);
    const batch = await testClient(server.url, { maxRetries: 0, maxIsinsPerRequest: 2 })
      .bonds.reference({ isins: makeIsins(3, 70) })
      .catch((e) => e);
    expect(batch.pending).toBeDefined();
    expectNoCanary(batch);
  });

  it('client construction errors, util.inspect(client), JSON.stringify(client)', () => {
    (globalThis as { window?: unknown }).window = {};
    (globalThis as { document?: unknown }).document = {};
    try {
      expectNoCanary(
        (() => {
          try {
            createTerrapinClient({ apiKey: CANARY });
          } catch (error) {
            return error;
          }
        })(),
      );
    } finally {
      delete (globalThis as { window?: unknown }).window;
      delete (globalThis as { document?: unknown }).document;
    }
    const client = createTerrapinClient({ apiKey: CANARY });
    const derived = client.withOptions({ timeout: 5 });
    for (const c of [client, derived]) {
      expect(inspect(c, { depth: 10, showHidden: true })).not.toContain(CANARY);
      expect(JSON.stringify(c)).not.toContain(CANARY);
      expect(JSON.stringify(Object.entries(c))).not.toContain(CANARY);
    }
    expect(inspect(client)).toMatch(/^TerrapinClient \{/);
  });

  it('success hook payloads carry no authorization header', async () => {
    server = await startServer(() => ok([{ isin: A }], { headers: { 'set-cookie': `s=${CANARY}` } }));
    const payloads: Array<{ headers: Record<string, string> }> = [];
    await testClient(server.url, {
      onRequest: (i) => payloads.push(i),
      onResponse: (i) => payloads.push(i),
    }).bonds.reference({ isins: [A!] });
    expect(payloads).toHaveLength(2);
    expect(payloads[0]!.headers.authorization).toBeUndefined();
    expect(payloads[0]!.headers['x-terrapin-client']).toBeDefined();
    expect(payloads[1]!.headers['set-cookie']).toBeUndefined();
    for (const payload of payloads) expectNoCanary(payload);
  });

  it('an error from a custom fetch that holds the request does not leak through cause', async () => {
    const leakyFetch = async (input: RequestInfo | URL) => {
      const error = new TypeError('fetch failed') as TypeError & { request?: unknown };
      error.request = input;
      error.cause = Object.assign(new Error(`socket hang up (auth ${CANARY})`), {
        code: 'ECONNRESET',
        input,
      });
      throw error;
    };
    const error = await createTerrapinClient({
      apiKey: CANARY,
      fetch: leakyFetch as typeof fetch,
      maxRetries: 0,
      pacing: false,
    })
      .bonds.reference({ isins: [A!] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinError);
    expect(error.message).toMatch(/ECONNRESET socket hang up/);
    expectNoCanary(error);
  });
});
