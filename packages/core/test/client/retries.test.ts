import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  TerrapinAbortError,
  TerrapinConnectionError,
  TerrapinRateLimitError,
  type TerrapinRetryInfo,
  TerrapinServerError,
  TerrapinTimeoutError,
} from '../../src/index';
import { makeIsins, testClient } from './helpers/fixtures';
import { apiError, ok, type Reply, startServer, type TestServer } from './helpers/server';

let server: TestServer;
afterEach(() => server?.close());

const [A] = makeIsins(1);
const body = { isins: [A!] };

/** Replies with `first` until `times` requests, then 200. */
function failing(first: Reply, times = Number.POSITIVE_INFINITY) {
  return (_: unknown, index: number) => (index < times ? first : ok([{ isin: A }]));
}

describe('retries', () => {
  it.each([408, 429, 500, 502, 503, 504])(
    '%i is retried maxRetries times (1 + 2 requests)',
    async (status) => {
      server = await startServer(failing(apiError(status, 'transient')));
      const error = await testClient(server.url)
        .bonds.reference(body)
        .catch((e) => e);
      expect(error.status).toBe(status);
      expect(server.requests).toHaveLength(3);
    },
  );

  it.each([400, 401, 403, 404, 422])('%i is not retried', async (status) => {
    server = await startServer(failing(apiError(status, 'final')));
    const error = await testClient(server.url)
      .bonds.reference(body)
      .catch((e) => e);
    expect(error.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  it('succeeds when a retry succeeds; maxRetries can be set per call', async () => {
    server = await startServer(failing(apiError(503, 'busy'), 2));
    const result = await testClient(server.url).bonds.reference(body);
    expect(result.data).toEqual([{ isin: A }]);
    expect(server.requests).toHaveLength(3);
    await server.close();
    server = await startServer(failing(apiError(500, 'boom')));
    await expect(testClient(server.url).bonds.reference(body, { maxRetries: 0 })).rejects.toThrow(
      TerrapinServerError,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('honours retry-after on 429 (and reports the wait to onRetry)', async () => {
    server = await startServer(failing(apiError(429, 'slow down', {}, { 'retry-after': '1' }), 1));
    const onRetry = vi.fn<(info: TerrapinRetryInfo) => void>();
    await testClient(server.url, { onRetry }).bonds.reference(body);
    const [first, second] = server.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(990);
    expect(onRetry).toHaveBeenCalledTimes(1);
    const info = onRetry.mock.calls[0]![0];
    expect(info).toMatchObject({
      operation: 'bond_reference',
      attempt: 1,
      status: 429,
      requestId: 'req_429',
    });
    expect(info.delayMs).toBeGreaterThanOrEqual(1000);
    expect(info.error).toBeInstanceOf(TerrapinRateLimitError);
  });

  it('falls back to the ratelimit reset when retry-after is missing', async () => {
    server = await startServer(
      failing(apiError(429, 'slow down', {}, { ratelimit: 'limit=5, remaining=0, reset=0' }), 1),
    );
    const onRetry = vi.fn<(info: TerrapinRetryInfo) => void>();
    await testClient(server.url, { onRetry, retryBaseDelayMs: 60_000 }).bonds.reference(body);
    // reset=0 → waits ~0 ms plus jitter, not the (huge) exponential backoff.
    expect(onRetry.mock.calls[0]![0].delayMs).toBeLessThan(300);
  });

  it('throws the 429 at once when retry-after exceeds maxRetryAfterMs', async () => {
    server = await startServer(failing(apiError(429, 'come back later', {}, { 'retry-after': '120' })));
    const started = Date.now();
    const error = await testClient(server.url)
      .bonds.reference(body)
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinRateLimitError);
    expect(error.retryAfterMs).toBe(120_000);
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('reads a 503 retry-after written as an HTTP date, and gives up when it is too far away', async () => {
    const later = new Date(Date.now() + 120_000).toUTCString();
    server = await startServer(failing(apiError(503, 'maintenance', {}, { 'retry-after': later })));
    const started = Date.now();
    const error = await testClient(server.url)
      .bonds.reference(body)
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinServerError);
    expect(server.requests).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('an abort during the retry wait rejects at once with TerrapinAbortError', async () => {
    server = await startServer(failing(apiError(429, 'slow down', {}, { 'retry-after': '30' })));
    const controller = new AbortController();
    const client = testClient(server.url, {
      onRetry: () => setTimeout(() => controller.abort(), 20),
    });
    const started = Date.now();
    const error = await client.bonds.reference(body, { signal: controller.signal }).catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinAbortError);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(server.requests).toHaveLength(1);
  });

  it('an abort while the request is in flight is a TerrapinAbortError, not retried', async () => {
    server = await startServer(() => ({ ...ok([]), delayMs: 2_000 }));
    const error = await testClient(server.url)
      .bonds.reference(body, { signal: AbortSignal.timeout(50) })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    server = await startServer(() => ok([]));
    const controller = new AbortController();
    controller.abort('user left');
    const error = await testClient(server.url)
      .bonds.reference(body, { signal: controller.signal })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinAbortError);
    expect(error.message).toBe("Request aborted by the caller's signal: user left");
    expect(server.requests).toHaveLength(0);
  });

  it('a slow attempt times out per attempt and is retried', async () => {
    server = await startServer((_, index) =>
      index === 0 ? { ...ok([]), delayMs: 1_000 } : ok([{ isin: A }]),
    );
    const result = await testClient(server.url, { timeout: 100 }).bonds.reference(body);
    expect(result.data).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    await server.close();
    server = await startServer(() => ({ ...ok([]), delayMs: 1_000 }));
    const error = await testClient(server.url)
      .bonds.reference(body, { timeout: 50, maxRetries: 1 })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinTimeoutError);
    expect(error.message).toBe(
      `Request timed out after 50 ms (POST ${server.url}/api/v1/bond_reference). Raise \`timeout\` for slow operations`,
    );
    expect(server.requests).toHaveLength(2);
  });

  it('a connection reset is a TerrapinConnectionError, retried', async () => {
    server = await startServer(failing({ reset: true }));
    const error = await testClient(server.url)
      .bonds.reference(body)
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinConnectionError);
    expect(error.message).toMatch(/^Connection error: .*(other side closed|ECONNRESET|socket)/i);
    expect(error.url).toBe(`${server.url}/api/v1/bond_reference`);
    expect(server.requests).toHaveLength(3);
  });

  it('a refused connection is a TerrapinConnectionError', async () => {
    server = await startServer(() => ok([]));
    const url = server.url;
    await server.close();
    const error = await testClient(url, { maxRetries: 1 })
      .bonds.reference(body)
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinConnectionError);
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it('HTML 502 pages are retried, then thrown as TerrapinServerError', async () => {
    server = await startServer(
      failing({ status: 502, headers: { 'content-type': 'text/html' }, body: '<h1>502</h1>' }, 2),
    );
    const result = await testClient(server.url).bonds.reference(body);
    expect(result.data).toHaveLength(1);
    expect(server.requests).toHaveLength(3);
  });

  it('malformed JSON on a 200 is not retried', async () => {
    server = await startServer(() => ({ status: 200, body: '{"data":' }));
    await expect(testClient(server.url).bonds.reference(body)).rejects.toThrow(/not JSON/);
    expect(server.requests).toHaveLength(1);
  });

  it('backs off exponentially with jitter between attempts', async () => {
    server = await startServer(failing(apiError(500, 'boom')));
    const delays: number[] = [];
    await testClient(server.url, {
      retryBaseDelayMs: 40,
      maxRetries: 3,
      onRetry: (i) => delays.push(i.delayMs),
    })
      .bonds.reference(body)
      .catch(() => {});
    expect(delays).toHaveLength(3);
    delays.forEach((d, i) => {
      expect(d).toBeGreaterThanOrEqual(0);
      expect(d).toBeLessThanOrEqual(40 * 2 ** i);
    });
  });
});
