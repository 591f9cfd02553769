import { createServer, type Server } from 'node:http';
import {
  createTerrapinClient,
  TerrapinApiError,
  TerrapinRateLimitError,
  TerrapinUnprocessableEntityError,
} from '@terrapin/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOUNT, proxyApp } from './helpers/app';
import { rememberLog } from './helpers/canary';
import { listenLocal } from './helpers/listen';
import { type StubUpstream, startStubUpstream } from './helpers/stub-upstream';

const A = 'US0378331005';

// The front end's view: core's client with no key, `baseUrl` at the proxy's mount point (what the browser does).
describe('a keyless core client pointed at the proxy', () => {
  let upstream: StubUpstream;
  let server: Server;
  let baseUrl: string;

  beforeAll(async () => {
    upstream = await startStubUpstream();
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference', 'download_document'],
      userRateLimit: { limit: 3, windowMs: 60_000 },
    });
    server = createServer(app);
    baseUrl = `${await listenLocal(server)}${MOUNT}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await upstream.close();
  });

  const browserClient = () =>
    createTerrapinClient({
      baseUrl,
      apiKey: null,
      maxRetries: 0,
      onRequest: (info) => rememberLog(JSON.stringify(info)),
    });

  it('gets data, the request id and the rate-limit state, and sends no key of its own', async () => {
    const result = await browserClient().bonds.reference({ isins: [A] });
    expect(result.data).toEqual([{ isin: A }]);
    expect(result.requestId).toMatch(/^req_stub_/);
    // With a per-user rate, the state is the caller's own (issue 14 #6), not the server key's 100/60 s.
    expect(result.rateLimit?.policy).toEqual({ limit: 3, windowMs: 60_000 });
    expect(result.rateLimit?.remaining).toBe(2);
    expect(upstream.requests.at(-1)?.headers.authorization).toMatch(/^Bearer tpk_/);
  });

  it('downloads a document', async () => {
    const doc = await browserClient().downloadDocument({ file_id: 'os.pdf' });
    expect(doc.contentType).toBe('application/pdf');
    expect(await doc.text()).toContain('%PDF-1.4');
  });

  it("reads the proxy's refusals as core's typed errors", async () => {
    const client = browserClient();
    const denied = await client.bonds.pricingLatest({ isins: [A] }).catch((e: unknown) => e);
    expect(TerrapinApiError.is(denied) && denied.status).toBe(404);
    const unknownField = await client
      .call('bond_reference', { isins: [A], extra: 1 } as never)
      .catch((e: unknown) => e);
    expect(TerrapinUnprocessableEntityError.is(unknownField)).toBe(true);
    const limited = await client.bonds.reference({ isins: [A] }).catch((e: unknown) => e);
    expect(TerrapinRateLimitError.is(limited)).toBe(true);
    expect(TerrapinRateLimitError.is(limited) && limited.retryAfterMs).toBeGreaterThan(0);
  });
});
