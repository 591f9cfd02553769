import { afterEach, describe, expect, it } from 'vitest';
import { TerrapinRequestValidationError, TerrapinServerError } from '../../src/index';
import { makeIsins, rowsFor, testClient } from './helpers/fixtures';
import { apiError, ok, startServer, type TestServer } from './helpers/server';

let server: TestServer;
afterEach(() => server?.close());

const requested = (s: TestServer) => s.requests.map((r) => (r.body as { isins: string[] }).isins);

describe('ISIN batching', () => {
  it('250 ISINs with chunks of 100 → 3 requests, 250 rows, totals summed, in order', async () => {
    const isins = makeIsins(250);
    server = await startServer((req, i) => ok(rowsFor(req.body), { headers: { 'request-id': `req_${i}` } }));
    const result = await testClient(server.url).bonds.reference({ isins });
    expect(server.requests).toHaveLength(3);
    expect(
      requested(server)
        .map((c) => c.length)
        .sort(),
    ).toEqual([100, 100, 50]);
    expect(result.data.map((r) => r.isin)).toEqual(isins);
    expect(result.total).toBe(250);
    expect(result.requestId).toMatch(/^req_\d$/);
  });

  it('normalises and de-duplicates before chunking', async () => {
    const [a, b] = makeIsins(2);
    server = await startServer((req) => ok(rowsFor(req.body)));
    await testClient(server.url).munis.pricingLatest({ isins: [a!, ` ${a!.toLowerCase()}`, b!, b!] });
    expect(requested(server)).toEqual([[a, b]]);
  });

  it('respects maxIsinsPerRequest and maxConcurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    server = await startServer(async (req) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 20));
      inFlight -= 1;
      return ok(rowsFor(req.body));
    });
    const result = await testClient(server.url, {
      maxIsinsPerRequest: 10,
      maxConcurrency: 2,
    }).agency.cashflows({
      isins: makeIsins(95),
    });
    expect(server.requests).toHaveLength(10);
    expect(peak).toBeLessThanOrEqual(2);
    expect(result.data).toHaveLength(95);
  });

  it('validation errors point at the caller’s original indices, before anything is sent', async () => {
    server = await startServer(() => ok([]));
    const isins = makeIsins(150);
    isins[120] = 'US0000000000';
    isins[130] = 'short';
    const error = await testClient(server.url)
      .bonds.reference({ isins })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinRequestValidationError);
    const pointers = new Set(error.errors.map((e: { pointer: string }) => e.pointer));
    expect([...pointers]).toEqual(['/isins/120', '/isins/130']);
    expect(server.requests).toHaveLength(0);
  });

  it('a failing chunk throws its typed error with completed, pending and the partial data', async () => {
    const isins = makeIsins(30);
    // The chunk holding the 11th ISIN always fails with a 500 (after its retries).
    server = await startServer((req) => {
      const chunk = (req.body as { isins: string[] }).isins;
      return chunk.includes(isins[10]!) ? apiError(500, 'boom') : ok(rowsFor(req.body));
    });
    const error = await testClient(server.url, { maxIsinsPerRequest: 10, maxConcurrency: 1 })
      .bonds.cashflows({ isins })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinServerError);
    expect(error.completed).toEqual(isins.slice(0, 10));
    expect(error.pending).toEqual(isins.slice(10));
    expect(error.partialData).toEqual(isins.slice(0, 10).map((isin) => ({ isin })));
    // No chunk starts after the failure: 1 ok + 3 attempts of the failing one.
    expect(server.requests).toHaveLength(4);
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      completed: isins.slice(0, 10),
      pending: isins.slice(10),
    });
  });

  it('chunks in flight when another fails still complete and count as completed', async () => {
    const isins = makeIsins(20);
    server = await startServer(async (req) => {
      const chunk = (req.body as { isins: string[] }).isins;
      if (chunk.includes(isins[0]!)) return apiError(404, 'nope');
      await new Promise((r) => setTimeout(r, 30));
      return ok(rowsFor(req.body));
    });
    const error = await testClient(server.url, { maxIsinsPerRequest: 10 })
      .munis.reference({ isins })
      .catch((e) => e);
    expect(error.status).toBe(404);
    expect(error.completed).toEqual(isins.slice(10));
    expect(error.pending).toEqual(isins.slice(0, 10));
  });

  it('search operations are chunked only when not paged with limit/offset', async () => {
    server = await startServer((req) => ok(rowsFor(req.body)));
    const client = testClient(server.url, { maxIsinsPerRequest: 5 });
    await client.bonds.search({ isins: makeIsins(12) });
    expect(server.requests).toHaveLength(3);
    await client.bonds.search({ isins: makeIsins(12), limit: 50, offset: 0 });
    expect(server.requests).toHaveLength(4);
  });

  it('CSV answers of several chunks are joined under one header', async () => {
    const isins = makeIsins(5);
    server = await startServer((req) => ({
      status: 200,
      headers: { 'content-type': 'text/csv' },
      body: `isin,coupon\n${(req.body as { isins: string[] }).isins.map((i) => `${i},1.5`).join('\n')}\n`,
    }));
    const result = await testClient(server.url, { maxIsinsPerRequest: 2 }).munis.reference(
      { isins },
      { accept: 'csv' },
    );
    expect(result.csv).toBe(`isin,coupon\n${isins.map((i) => `${i},1.5`).join('\n')}\n`);
  });
});
