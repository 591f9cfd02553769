// Issue 14 item 2, "a pacing wait has no cap": one 200 carrying `ratelimit: limit=100, remaining=0, reset=86400`
// made every later request hang for a day, and `reset=1e9` overflowed setTimeout (no wait at all). Header values
// are now sanity-checked, and a pacing wait longer than `maxPacingWaitMs` is refused at once, before sending,
// with a TerrapinRateLimitError that carries the server's reset.
import { afterEach, describe, expect, it } from 'vitest';
import {
  createTerrapinClient,
  parseRateLimitHeaders,
  TerrapinAbortError,
  TerrapinRateLimitError,
} from '../../../src/index';
import { type StubUpstream, sendJson, startStub } from '../helpers/stub-upstream';

let stub: StubUpstream | undefined;
afterEach(() => stub?.close());

/** An upstream whose first answer states `ratelimit` (then answers normally, without rate-limit headers). */
async function upstreamSaying(ratelimit: string): Promise<StubUpstream> {
  return startStub((_, res) => {
    const first = stub?.requests.length === 1;
    sendJson(res, 200, { data: [], total: 0 }, first ? { ratelimit } : {});
  });
}

const client = (url: string, options = {}) =>
  createTerrapinClient({ apiKey: 'tpk_test_pacing_cap', baseUrl: url, maxRetries: 0, ...options });

describe('pacing waits are capped (issue 14 item 2)', () => {
  it('reset=86400 with nothing remaining: the next call is refused at once, carrying the reset', async () => {
    stub = await upstreamSaying('limit=100, remaining=0, reset=86400');
    const terrapin = client(stub.url);
    await terrapin.inflationFactors({ country: 'US' });

    const started = performance.now();
    // Before the fix this call waited for the reset (a day); the signal ends a regression in seconds.
    const error = await terrapin
      .inflationFactors({ country: 'US' }, { signal: AbortSignal.timeout(5_000) })
      .catch((e: unknown) => e);
    const refusedAfterMs = performance.now() - started;
    process.stdout.write(`\n[issue 14 item 2] reset=86400: refused after ${refusedAfterMs.toFixed(1)} ms\n`);

    expect(error).toBeInstanceOf(TerrapinRateLimitError);
    const refusal = error as TerrapinRateLimitError;
    expect(refusal.local).toBe(true);
    expect(refusal.status).toBe(429);
    expect(refusal.rateLimit?.resetMs).toBe(86_400_000);
    expect(refusal.retryAfterMs).toBeGreaterThan(86_000_000);
    expect(refusal.message).toMatch(/maxPacingWaitMs/);
    expect(stub.requests).toHaveLength(1);
  });

  it('reset=1e9 (a setTimeout overflow before) is refused the same way, and nothing is sent', async () => {
    stub = await upstreamSaying('limit=100, remaining=0, reset=1000000000');
    const terrapin = client(stub.url);
    await terrapin.inflationFactors({ country: 'US' });
    const error = await terrapin.inflationFactors({ country: 'US' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinRateLimitError);
    expect((error as TerrapinRateLimitError).local).toBe(true);
    expect(stub.requests).toHaveLength(1);
  });

  it('a wait within maxPacingWaitMs is still waited, not refused', async () => {
    stub = await upstreamSaying('limit=100, remaining=0, reset=1');
    const terrapin = client(stub.url, { maxPacingWaitMs: 5_000 });
    await terrapin.inflationFactors({ country: 'US' });
    const started = performance.now();
    await terrapin.inflationFactors({ country: 'US' });
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(stub.requests).toHaveLength(2);
  });

  it('maxPacingWaitMs can be raised: the same reset is then waited (until the caller gives up)', async () => {
    stub = await upstreamSaying('limit=100, remaining=0, reset=86400');
    const terrapin = client(stub.url, { maxPacingWaitMs: Number.POSITIVE_INFINITY });
    await terrapin.inflationFactors({ country: 'US' });
    const error = await terrapin
      .inflationFactors({ country: 'US' }, { signal: AbortSignal.timeout(200) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinAbortError);
    expect(stub.requests).toHaveLength(1);
  });

  it('negative, NaN and absurd header values are ignored or clamped, never trusted as-is', () => {
    const parse = (ratelimit: string, policy?: string) =>
      parseRateLimitHeaders(
        new Headers({ ratelimit, ...(policy === undefined ? {} : { 'ratelimit-policy': policy }) }),
      );
    expect(parse('limit=100, remaining=-5, reset=NaN')).toEqual({
      limit: 100,
      remaining: null,
      resetMs: null,
      policy: null,
    });
    const absurd = parse('limit=1e300, remaining=1e300, reset=1e300', '1e300;w=1e300');
    expect(absurd?.resetMs).toBeLessThanOrEqual(366 * 86_400_000);
    expect(absurd?.policy?.windowMs).toBeLessThanOrEqual(366 * 86_400_000);
    expect(absurd?.limit).toBeLessThanOrEqual(1e9);
    // More remaining than the limit allows is not a state a window can be in.
    expect(parse('limit=10, remaining=50, reset=5')?.remaining).toBe(10);
  });
});
