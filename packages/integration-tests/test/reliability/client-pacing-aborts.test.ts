// Issue 14 item 1, "reservations outlive their requests": callers that abort while the limiter holds them must
// give their send slots back. Reproduced on main through the example app: 250 requests hung up at 2 s, then one
// fresh request took 119 s (it queued behind the slots of requests nobody sent). Here 250 paced calls against the
// mock (10 requests per 1 s window) are aborted after 1.5 s; a fresh call must then wait only for what was sent.

import {
  createTerrapinClient,
  MemoryRateLimitStore,
  type RateLimitSlot,
  TerrapinAbortError,
  TerrapinConnectionError,
} from '@terrapin/core';
import { createMockServer, MOCK_API_KEY, type MockServer } from '@terrapin/mock-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const POLICY = { limit: 10, windowMs: 1000 };
const STORM = 250;

let mock: MockServer;

beforeAll(async () => {
  mock = await createMockServer({
    seed: 1414,
    rateLimit: POLICY,
    quota: false,
    dataset: { bonds: 50, agency: 10, munis: 10 },
  });
});

afterAll(() => mock?.close());

const client = (store = new MemoryRateLimitStore()) =>
  createTerrapinClient({
    apiKey: MOCK_API_KEY,
    baseUrl: mock.url,
    maxRetries: 0,
    rateLimitStore: store,
    logger: { warn: () => {} },
  });

describe('aborted callers give their pacing slots back (issue 14 item 1)', () => {
  it(`after ${STORM} aborted calls, a fresh call waits only for the requests that were sent`, {
    timeout: 30_000,
  }, async () => {
    mock.reset();
    const terrapin = client();
    // The first answer names the policy; from then on the limiter queues calls into future slots.
    await terrapin.bonds.search({ limit: 1 });

    // One signal per caller, as each browser request has its own.
    const callers = Array.from({ length: STORM }, () => new AbortController());
    const storm = callers.map((caller) =>
      terrapin.bonds.search({ limit: 1 }, { signal: caller.signal }).then(
        () => 'answered' as const,
        (error: unknown) => error,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    for (const caller of callers) caller.abort();
    const outcomes = await Promise.all(storm);
    const answered = outcomes.filter((o) => o === 'answered').length;
    const aborted = outcomes.filter((o) => o instanceof TerrapinAbortError).length;
    expect(answered + aborted).toBe(STORM);
    expect(aborted).toBeGreaterThan(STORM / 2);

    // Before the fix its slot came after all 250 reservations (about 28 s away); the signal ends a regression
    // quickly instead of after the whole queue.
    const started = performance.now();
    await terrapin.bonds.search({ limit: 1 }, { signal: AbortSignal.timeout(15_000) });
    const waitMs = performance.now() - started;
    // Calls aborted after their slot came were sent (the mock counts them when it finishes them): they count.
    const sent = mock.state.requestCount - 2;
    process.stdout.write(
      `\n[issue 14 item 1] ${STORM} calls, ${answered} answered, ${aborted} aborted at 1.5 s, ${sent} reached ` +
        `the mock; a fresh call after them took ${Math.round(waitMs)} ms (policy ${POLICY.limit}/${POLICY.windowMs / 1000} s)\n`,
    );
    // What was sent holds it at most about a window (plus the limiter's safety margin); the aborted ones, not at all.
    expect(sent).toBeLessThan(STORM / 4);
    expect(waitMs).toBeLessThan(5_000);
  });

  it('the slot of an aborted wait is released in the store, exactly the one reserved', async () => {
    mock.reset();
    const store = new MemoryRateLimitStore();
    const reserved: number[] = [];
    const reserve = store.reserve.bind(store);
    vi.spyOn(store, 'reserve').mockImplementation(async (...args) => {
      const at = await reserve(...args);
      reserved.push(at);
      return at;
    });
    const release = vi.spyOn(store, 'release');
    const terrapin = client(store);
    await terrapin.bonds.search({ limit: 1 });
    // Fill the window so the next call has to wait, then abort it while it waits.
    const filling = Promise.all(
      Array.from({ length: POLICY.limit }, () => terrapin.bonds.search({ limit: 1 })),
    );
    const error = await terrapin.bonds
      .search({ limit: 1 }, { signal: AbortSignal.timeout(50) })
      .catch((e: unknown) => e);
    await filling;
    expect(error).toBeInstanceOf(TerrapinAbortError);
    expect(release).toHaveBeenCalledTimes(1);
    const [, slot] = release.mock.calls[0]! as [string, RateLimitSlot];
    expect(slot.sendAt).toBe(reserved.at(-1));
  });

  it('a send that fails before reaching fetch gives its slot back too', async () => {
    mock.reset();
    const store = new MemoryRateLimitStore();
    const release = vi.spyOn(store, 'release');
    const terrapin = client(store);
    await terrapin.bonds.search({ limit: 1 });
    const before = mock.state.requestCount;
    // A header value fetch refuses: the request is never built, so nothing can have been sent.
    const error = await terrapin.bonds
      .search({ limit: 1 }, { headers: { 'x-broken': 'line\nbreak' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinConnectionError);
    expect(mock.state.requestCount).toBe(before);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('answered requests keep their slots (the window still counts what was sent)', async () => {
    mock.reset();
    const store = new MemoryRateLimitStore();
    const release = vi.spyOn(store, 'release');
    const terrapin = client(store);
    await Promise.all(Array.from({ length: 3 }, () => terrapin.bonds.search({ limit: 1 })));
    expect(release).not.toHaveBeenCalled();
  });
});
