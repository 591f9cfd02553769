import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callOp, MOUNT, ORIGIN, proxyApp } from './helpers/app';
import { addSecret, remember } from './helpers/canary';

// The mock server is the integration peer (DESIGN.md "Quality bar"). Loaded by name so this file also runs while
// the mock is still being written; until it exports createMockServer, the suite says so and skips.
interface MockServer {
  url: string;
  close(): Promise<void>;
  reset?(): void;
}
type CreateMockServer = (options?: Record<string, unknown>) => Promise<MockServer>;
const mockModule = (await import('@terrapin/mock-server')) as Record<string, unknown>;
const createMockServer = mockModule.createMockServer as CreateMockServer | undefined;
const MOCK_API_KEY = mockModule.MOCK_API_KEY as string | undefined;
if (!createMockServer)
  process.stderr.write('[express-middleware] @terrapin/mock-server has no createMockServer yet: skipping.\n');

describe.skipIf(!createMockServer || !MOCK_API_KEY)('terrapinProxy in front of the mock server', () => {
  let mock: MockServer;
  let limited: MockServer;
  let key: string;

  beforeAll(async () => {
    key = MOCK_API_KEY as string;
    addSecret(key);
    mock = await (createMockServer as CreateMockServer)({ port: 0 });
    limited = await (createMockServer as CreateMockServer)({
      port: 0,
      rateLimit: { limit: 1, windowSeconds: 60 },
      quota: 2,
    });
  });
  afterAll(async () => {
    await Promise.all([mock?.close(), limited?.close()]);
  });

  const app = (baseUrl: string, extra: Record<string, unknown> = {}) =>
    proxyApp(baseUrl, {
      apiKey: key,
      allow: ['muni_search', 'muni_documents', 'download_document', 'bond_search', 'bond_reference'],
      ...extra,
    }).app;

  it('answers an allowed search with the envelope, rate-limit headers and request id', async () => {
    const res = await callOp(app(mock.url), 'bond_search', { limit: 3 });
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body.data)).toBe(true);
    expect(typeof res.body.total).toBe('number');
    expect(res.headers['ratelimit-policy']).toMatch(/^\d+;w=\d+$/);
    expect(res.headers['request-id']).toBeTruthy();
  });

  it('validates before the mock sees anything (422 with pointer)', async () => {
    const res = await callOp(app(mock.url), 'bond_reference', { isins: ['US912810TM06'] });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].source).toEqual({ pointer: '/isins/0' });
  });

  it("turns the mock's 401 for a wrong server key into 502", async () => {
    const res = await callOp(app(mock.url, { apiKey: 'tpk_wrong_key_for_the_mock' }), 'bond_search', {
      limit: 1,
    });
    expect(res.status).toBe(502);
    expect(res.body).toEqual({ errors: [{ detail: 'Upstream authentication failed' }] });
  });

  it('maps injected upstream faults: 500 → 502 with CORS headers', async () => {
    const faulty = app(mock.url, { defaultHeaders: { 'x-mock-fault': '500' } });
    const res = await callOp(faulty, 'bond_search', { limit: 1 });
    expect(res.status).toBe(502);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
  });

  it('passes a 429 through with retry-after and CORS headers', async () => {
    const strict = app(limited.url, { maxRetryAfterMs: 0 });
    await callOp(strict, 'bond_search', { limit: 1 });
    const res = await callOp(strict, 'bond_search', { limit: 2 });
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
  });

  it('streams a document found through muni_search → muni_documents', async () => {
    const proxy = app(mock.url);
    const search = await callOp(proxy, 'muni_search', { limit: 20 });
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
    expect((res.body as Buffer).length).toBeGreaterThan(0);
  });
});
