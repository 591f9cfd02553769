import { createMockServer, MOCK_API_KEY, type MockServer } from '@terrapin/mock-server';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { callOp, MOUNT, ORIGIN, proxyApp } from './helpers/app';
import { addSecret, CANARY_KEY, remember } from './helpers/canary';

// The mock server is the integration peer (DESIGN.md "Quality bar"): the proxy in front of a contract-faithful API.
const SMALL = { bonds: 200, agency: 100, munis: 300 };

describe('terrapinProxy in front of the mock server', () => {
  let mock: MockServer;
  let strict: MockServer;
  const allow = [
    'bond_search',
    'bond_reference',
    'muni_search',
    'muni_reference',
    'muni_documents',
    'download_document',
  ] as const;

  beforeAll(async () => {
    addSecret(MOCK_API_KEY);
    [mock, strict] = await Promise.all([
      createMockServer({ apiKeys: [CANARY_KEY], dataset: SMALL }),
      createMockServer({
        apiKeys: [CANARY_KEY],
        dataset: SMALL,
        rateLimit: { limit: 2, windowMs: 60_000 },
        quota: 2,
      }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([mock?.close(), strict?.close()]);
  });
  beforeEach(() => {
    mock.reset();
    strict.reset();
  });
  const app = (server: MockServer, extra: Record<string, unknown> = {}) =>
    proxyApp(server.url, { allow: [...allow], ...extra }).app;

  it('answers an allowed search with the envelope, the rate-limit headers and the request id', async () => {
    const res = await callOp(app(mock), 'bond_search', { limit: 3 });
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(3);
    expect(res.body.total).toBeGreaterThanOrEqual(3);
    expect(res.headers['ratelimit-policy']).toBe('100;w=60');
    expect(res.headers.ratelimit).toMatch(/^limit=100, remaining=\d+, reset=\d+$/);
    expect(res.headers['request-id']).toBe(mock.state.requests.at(-1)?.requestId);
    expect(mock.state.requestCount).toBe(1);
  });

  it('spends nothing upstream on a denied operation, a 422 or a cap', async () => {
    const proxy = app(mock);
    expect((await callOp(proxy, 'agency_search', {})).status).toBe(404);
    const invalid = await callOp(proxy, 'bond_reference', { isins: ['US912810TM06'] });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors[0].source).toEqual({ pointer: '/isins/0' });
    expect((await callOp(proxy, 'muni_search', { limit: -1 })).status).toBe(422);
    expect(mock.state.requestCount).toBe(0);
  });

  it('serves the second identical reference call from the cache', async () => {
    const proxy = app(mock);
    const search = await callOp(proxy, 'muni_search', { limit: 2 });
    const isins = (search.body.data as { isin: string }[]).map((row) => row.isin);
    const first = await callOp(proxy, 'muni_reference', { isins });
    const second = await callOp(proxy, 'muni_reference', { isins });
    expect([first.headers['x-terrapin-cache'], second.headers['x-terrapin-cache']]).toEqual(['miss', 'hit']);
    expect(second.body).toEqual(first.body);
    expect(mock.state.requestCount).toBe(2);
  });

  it("turns the mock's 401 for a revoked server key into 502", async () => {
    const proxy = app(mock);
    mock.revokeApiKey(CANARY_KEY);
    try {
      const res = await callOp(proxy, 'bond_search', { limit: 1 });
      expect(res.status).toBe(502);
      expect(res.body).toEqual({ errors: [{ detail: 'Upstream authentication failed' }] });
      expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    } finally {
      mock.addApiKey(CANARY_KEY);
    }
  });

  it('maps injected faults: 500 and an HTML 502 page → 502, a held response → 504, all with CORS headers', async () => {
    const proxy = app(mock, { timeout: 300 });
    mock.injectFault('500', 1);
    const five = await callOp(proxy, 'bond_search', { limit: 1 });
    mock.injectFault('html-502', 1);
    const html = await callOp(proxy, 'bond_search', { limit: 1 });
    mock.injectFault('timeout', 1);
    const slow = await callOp(proxy, 'bond_search', { limit: 1 });
    expect([five.status, html.status, slow.status]).toEqual([502, 502, 504]);
    for (const res of [five, html, slow]) expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(html.text).not.toContain('<html');
  });

  it('passes the API 429 through with retry-after, and its quota 403 as a safe 403', async () => {
    // Without pacing: with it, core would hold the third call until the window frees (up to 60 s) instead.
    const proxy = app(strict, { maxRetryAfterMs: 0, cache: false, pacing: false });
    const search = await callOp(proxy, 'bond_search', { limit: 3 });
    const isins = (search.body.data as { isin: string }[]).map((row) => row.isin);
    expect((await callOp(proxy, 'bond_reference', { isins: isins.slice(0, 2) })).status).toBe(200);
    const limited = await callOp(proxy, 'bond_reference', { isins: isins.slice(0, 1) });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['ratelimit-policy']).toBe('2;w=60');
    expect(limited.headers['access-control-allow-origin']).toBe(ORIGIN);

    strict.reset(); // a new window, quota counts forgotten: use up the quota of 2 first
    expect((await callOp(proxy, 'bond_reference', { isins: isins.slice(0, 2) })).status).toBe(200);
    const quota = await callOp(proxy, 'bond_reference', { isins: isins.slice(2, 3) });
    expect(quota.status).toBe(403);
    expect(quota.body.errors[0].detail).toBe(
      'The monthly data quota of this service is used up; it resets at the start of next month',
    );
  });

  it('streams a document found through muni_search → muni_documents', async () => {
    const proxy = app(mock);
    const search = await callOp(proxy, 'muni_search', { limit: 50 });
    expect(search.status).toBe(200);
    let fileId: string | undefined;
    for (const row of search.body.data as { isin: string }[]) {
      const docs = await callOp(proxy, 'muni_documents', {
        isin: row.isin,
        document_type: 'official_statement',
      });
      fileId = (docs.body.data as { file_id?: string }[] | undefined)?.find((d) => d.file_id)?.file_id;
      if (fileId) break;
    }
    expect(fileId).toBeTruthy();
    const res = remember(
      await request(proxy)
        .post(`${MOUNT}/download_document`)
        .send({ file_id: fileId })
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        }),
    );
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^(application\/pdf|text\/plain)/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect((res.body as Buffer).length).toBeGreaterThan(0);
  });
});
