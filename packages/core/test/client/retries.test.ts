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
afterEach(async () => {
  vi.useRealTimers();
  await server?.close();
});

const [A] = makeIsins(1);
const body = { isins: [A!] };

/**
 * Fakes the clock the client waits on (`setTimeout`, `Date`); sockets and `setImmediate` stay real. A wait then
 * ends only when the test advances the clock, so "waits N ms" and "does not wait" are exact, not timed.
 */
function fakeClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

/** One turn of the event loop: pending promise callbacks and ready socket events run. */
function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Lets real I/O run until `condition` holds (a condition that never holds fails by the test timeout). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await flush();
}

/** Watches a call so the test can ask whether it has settled yet, and with what. */
function watch(promise: Promise<unknown>): { settled: boolean; value: unknown } {
  const state: { settled: boolean; value: unknown } = { settled: false, value: undefined };
  const settle = (value: unknown) => {
    state.settled = true;
    state.value = value;
  };
  promise.then(settle, settle);
  return state;
}

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
    fakeClock();
    const onRetry = vi.fn<(info: TerrapinRetryInfo) => void>();
    const onRequest = vi.fn();
    const call = watch(testClient(server.url, { onRetry, onRequest }).bonds.reference(body));
    await until(() => onRetry.mock.calls.length > 0);
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

    // One millisecond short of the announced wait, the retry has not started; at the wait, it goes.
    await vi.advanceTimersByTimeAsync(info.delayMs - 1);
    await flush();
    expect(onRequest).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    await until(() => call.settled);
    expect(call.value).toMatchObject({ data: [{ isin: A }] });
    const [first, second] = server.requests;
    expect(second!.at - first!.at).toBe(info.delayMs);
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
    fakeClock();
    const started = Date.now();
    const onRetry = vi.fn();
    const call = watch(testClient(server.url, { onRetry }).bonds.reference(body));
    await until(() => call.settled || onRetry.mock.calls.length > 0);
    expect(onRetry).not.toHaveBeenCalled();
    expect(call.value).toBeInstanceOf(TerrapinRateLimitError);
    expect(call.value).toMatchObject({ retryAfterMs: 120_000 });
    expect(server.requests).toHaveLength(1);
    expect(Date.now()).toBe(started);
  });

  it('reads a 503 retry-after written as an HTTP date, and gives up when it is too far away', async () => {
    fakeClock();
    const later = new Date(Date.now() + 120_000).toUTCString();
    server = await startServer(failing(apiError(503, 'maintenance', {}, { 'retry-after': later })));
    const started = Date.now();
    const onRetry = vi.fn();
    const call = watch(testClient(server.url, { onRetry }).bonds.reference(body));
    await until(() => call.settled || onRetry.mock.calls.length > 0);
    expect(onRetry).not.toHaveBeenCalled();
    expect(call.value).toBeInstanceOf(TerrapinServerError);
    expect(server.requests).toHaveLength(1);
    expect(Date.now()).toBe(started);
  });

  it('an abort during the retry wait rejects at once with TerrapinAbortError', async () => {
    server = await startServer(failing(apiError(429, 'slow down', {}, { 'retry-after': '30' })));
    fakeClock();
    const controller = new AbortController();
    const onRetry = vi.fn();
    const call = watch(
      testClient(server.url, { onRetry }).bonds.reference(body, { signal: controller.signal }),
    );
    await until(() => onRetry.mock.calls.length > 0);
    await vi.advanceTimersByTimeAsync(20);
    expect(call.settled).toBe(false);
    controller.abort();
    await flush();
    // Settled without the clock moving on: the 30-second wait was cut short, not waited out.
    expect(call.settled).toBe(true);
    expect(call.value).toBeInstanceOf(TerrapinAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it('an abort while the request is in flight is a TerrapinAbortError, not retried', async () => {
    const controller = new AbortController();
    // Aborted once the server holds the request, so the abort always lands while it is in flight.
    server = await startServer(() => {
      controller.abort();
      return { ...ok([]), delayMs: 2_000 };
    });
    const error = await testClient(server.url)
      .bonds.reference(body, { signal: controller.signal })
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
