import { afterEach, describe, expect, it, vi } from 'vitest';
import { TerrapinError, TerrapinRequestValidationError } from '../../src/index';
import { CANARY, makeIsins, rowsFor, testClient } from './helpers/fixtures';
import { ok, startServer, type TestServer } from './helpers/server';

let server: TestServer;
afterEach(() => server?.close());

const [A, B] = makeIsins(2);

describe('requests', () => {
  it('POSTs the validated body to /api/v1/<operation> with the documented headers', async () => {
    server = await startServer((req) => ok(rowsFor(req.body)));
    const client = testClient(server.url, { defaultHeaders: { 'x-app': 'screener' } });
    await client.bonds.reference({ isins: [` ${A!.toLowerCase()} `] }, { headers: { 'x-trace': 't1' } });
    const [req] = server.requests;
    expect(req!.operation).toBe('bond_reference');
    expect(req!.body).toEqual({ isins: [A] });
    expect(req!.headers).toMatchObject({
      authorization: `Bearer ${CANARY}`,
      'content-type': 'application/json',
      accept: 'application/json',
      'x-terrapin-client': '@terrapin/core/0.0.0',
      'x-app': 'screener',
      'x-trace': 't1',
    });
    expect(req!.headers['user-agent']).toMatch(/^@terrapin\/core\/0\.0\.0 \(node v20/);
  });

  it('sends no Authorization header without a key (browser → own proxy)', async () => {
    server = await startServer(() => ok([]));
    const client = testClient(server.url, { apiKey: null });
    await client.inflationFactors({ country: 'US' });
    expect(server.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('returns data, total, requestId and the parsed rate-limit headers; client.rateLimit follows', async () => {
    server = await startServer(() =>
      ok(
        [{ isin: A }],
        {
          headers: {
            'request-id': 'req_123',
            ratelimit: 'limit=100, remaining=42, reset=23',
            'ratelimit-policy': '100;w=60',
          },
        },
        7,
      ),
    );
    const client = testClient(server.url);
    const result = await client.bonds.reference({ isins: [A!] });
    expect(result).toEqual({
      data: [{ isin: A }],
      total: 7,
      requestId: 'req_123',
      rateLimit: { limit: 100, remaining: 42, resetMs: 23_000, policy: { limit: 100, windowMs: 60_000 } },
    });
    expect(client.rateLimit).toEqual(result.rateLimit);
    expect(client.withOptions({ timeout: 5_000 }).rateLimit).toEqual(result.rateLimit);
  });

  it('requestId is null when the header is absent', async () => {
    server = await startServer(() => ({ status: 200, body: { data: [], total: 0 } }));
    const result = await testClient(server.url).inflationFactors({ country: 'UK' });
    expect(result.requestId).toBeNull();
    expect(result.rateLimit).toBeNull();
  });

  it('validates before sending: pointers into the original body, nothing sent', async () => {
    server = await startServer(() => ok([]));
    const client = testClient(server.url);
    const error = await client.bonds.reference({ isins: [A!, 'US0378331006', B!] }).catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinRequestValidationError);
    expect(error.errors).toEqual([
      {
        title: 'Invalid value',
        detail: 'Invalid ISIN check digit',
        pointer: '/isins/1',
        source: { pointer: '/isins/1' },
      },
    ]);
    expect(error.message).toBe(
      'Invalid request to bond_reference (nothing was sent): Invalid value at /isins/1: Invalid ISIN check digit',
    );
    const missing = await client.bonds.pricingHistory({ isin: A! } as never).catch((e) => e);
    expect(missing.errors.map((e: { pointer: string }) => e.pointer)).toEqual(['/end_date', '/start_date']);
    expect(server.requests).toHaveLength(0);
  });

  it('call(name, body) reaches any operation; unknown names are a TerrapinError', async () => {
    server = await startServer(() => ok([{ isin: A, trade_data: [] }]));
    const client = testClient(server.url);
    const result = await client.call('muni_price_to_yield', [
      { isin: A!, trade_data: [{ price: 99.5, settlement_date: '2026-01-05' }] },
    ]);
    expect(server.requests[0]!.operation).toBe('muni_price_to_yield');
    expect(Array.isArray(server.requests[0]!.body)).toBe(true);
    expect(result.data).toHaveLength(1);
    const untyped = client.call as (name: string, body: unknown) => Promise<unknown>;
    await expect(untyped('bond_nope', {})).rejects.toThrow(/Unknown operation "bond_nope"/);
  });

  it('muni_search may be sent with no filters', async () => {
    server = await startServer(() => ok([]));
    await testClient(server.url).munis.search();
    expect(server.requests[0]!.body).toEqual({});
  });

  it("accept: 'csv' returns the text for operations that document CSV, and refuses others", async () => {
    server = await startServer((req) => ({
      status: 200,
      headers: { 'content-type': 'text/csv', 'request-id': 'req_csv' },
      body: `isin,name\n${(req.body as { isins: string[] }).isins.map((i) => `${i},x`).join('\n')}\n`,
    }));
    const client = testClient(server.url);
    const result = await client.munis.reference({ isins: [A!, B!] }, { accept: 'csv' });
    expect(server.requests[0]!.headers.accept).toBe('text/csv');
    expect(result).toEqual({ csv: `isin,name\n${A},x\n${B},x\n`, requestId: 'req_csv', rateLimit: null });
    await expect(client.bonds.cashflows({ isins: [A!] }, { accept: 'csv' })).rejects.toThrow(TerrapinError);
    expect(server.requests).toHaveLength(1);
  });

  it('a throwing hook is reported to the logger and does not break the call', async () => {
    server = await startServer(() => ok([]));
    const warn = vi.fn();
    const client = testClient(server.url, {
      logger: { warn },
      onRequest: () => {
        throw new Error('hook bug');
      },
    });
    await expect(client.inflationFactors({ country: 'US' })).resolves.toMatchObject({ total: 0 });
    // One redacted line that names the hook's error (an Error object could carry the key unredacted).
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/a hook threw; the request continues Error: hook bug/),
    );
  });

  it('withOptions derives a client with changed options', async () => {
    server = await startServer(() => ok([]));
    const client = testClient(server.url);
    await client.withOptions({ defaultHeaders: { 'x-user': 'u1' } }).inflationFactors({ country: 'DE' });
    expect(server.requests[0]!.headers['x-user']).toBe('u1');
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${CANARY}`);
  });
});
