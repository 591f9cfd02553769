// Issue 14 item 11, "redirects": on a 307/302 to another origin the client dropped Authorization but re-POSTed the
// body there and accepted that host's answer as data. The client now follows no redirect: any 3xx is a
// TerrapinRedirectError naming where it pointed, nothing is re-sent, and nothing is retried.
import { afterEach, describe, expect, it } from 'vitest';
import { createTerrapinClient, TerrapinRedirectError } from '../../../src/index';
import { type StubUpstream, sendJson, startStub } from '../helpers/stub-upstream';

const KEY = 'tpk_test_redirect_canary_4242';

const stubs: StubUpstream[] = [];
afterEach(async () => {
  await Promise.all(stubs.splice(0).map((s) => s.close()));
});

async function stub(handler: Parameters<typeof startStub>[0]) {
  const started = await startStub(handler);
  stubs.push(started);
  return started;
}

const client = (url: string) =>
  createTerrapinClient({ apiKey: KEY, baseUrl: url, maxRetries: 2, retryBaseDelayMs: 1, pacing: false });

describe('redirects are never followed (issue 14 item 11)', () => {
  for (const status of [307, 302, 308, 301]) {
    it(`${status} to another origin: a typed error naming it; the other host receives nothing`, async () => {
      const elsewhere = await stub((_, res) =>
        sendJson(res, 200, { data: [{ isin: 'XS0000000009' }], total: 1 }),
      );
      const api = await stub((_, res) => {
        res.writeHead(status, { location: `${elsewhere.origin}/collect?token=abc` });
        res.end();
      });
      const error = await client(api.url)
        .bonds.search({ countries: ['Italy'], limit: 5 })
        .catch((e: unknown) => e);

      expect(error).toBeInstanceOf(TerrapinRedirectError);
      const redirect = error as TerrapinRedirectError;
      expect(redirect.status).toBe(status);
      expect(redirect.targetOrigin).toBe(elsewhere.origin);
      expect(redirect.sameOrigin).toBe(false);
      expect(redirect.location).toBe(`${elsewhere.origin}/collect`);
      expect(redirect.message).toContain(elsewhere.origin);
      expect(redirect.message).not.toContain(KEY);
      expect(elsewhere.requests).toHaveLength(0);
      expect(api.requests).toHaveLength(1);
    });
  }

  it('a same-origin redirect is not followed either (the API documents none)', async () => {
    const api = await stub((request, res) => {
      if (request.path.startsWith('/moved')) return sendJson(res, 200, { data: [], total: 0 });
      res.writeHead(307, { location: '/moved/api/v1/bond_search' });
      res.end();
    });
    const error = await client(api.url)
      .bonds.search({ limit: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinRedirectError);
    expect((error as TerrapinRedirectError).sameOrigin).toBe(true);
    expect((error as TerrapinRedirectError).location).toBe(`${api.origin}/moved/api/v1/bond_search`);
    expect(api.requests).toHaveLength(1);
  });

  it('a custom fetch that follows redirects anyway does not get its answer taken as data', async () => {
    const elsewhere = await stub((_, res) => sendJson(res, 200, { data: [], total: 0 }));
    const api = await stub((_, res) => {
      res.writeHead(302, { location: `${elsewhere.origin}/x` });
      res.end();
    });
    const following: typeof fetch = (input, init) =>
      fetch(new Request(input as Request, { redirect: 'follow' }), init);
    const error = await createTerrapinClient({
      apiKey: KEY,
      baseUrl: api.url,
      pacing: false,
      fetch: following,
    })
      .bonds.search({ limit: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinRedirectError);
    expect((error as TerrapinRedirectError).targetOrigin).toBe(elsewhere.origin);
  });
});
