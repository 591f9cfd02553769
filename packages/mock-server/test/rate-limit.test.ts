import { afterEach, describe, expect, test } from 'vitest';
import type { MockServer } from '../src/index';
import { post, startMock } from './helpers';

const HEADER = /^limit=(\d+), remaining=(\d+), reset=(\d+)$/;

function parse(header: string | null) {
  const match = HEADER.exec(header ?? '');
  if (!match) throw new Error(`bad ratelimit header ${header}`);
  return { limit: Number(match[1]), remaining: Number(match[2]), reset: Number(match[3]) };
}

let mock: MockServer | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

describe('rate limit (CONTRACT.md §4)', () => {
  test('ratelimit-policy and ratelimit on every response, in the documented format', async () => {
    mock = await startMock();
    const ok = await post(mock, 'bond_search', { limit: 1 });
    expect(ok.headers.get('ratelimit-policy')).toBe('100;w=60');
    expect(parse(ok.headers.get('ratelimit'))).toEqual({ limit: 100, remaining: 99, reset: 60 });
    for (const reply of [
      await post(mock, 'bond_search', { limit: 1 }, { key: null }),
      await post(mock, '/unknown', {}),
      await post(mock, 'bond_reference', { isins: ['bad'] }),
    ]) {
      expect(reply.headers.get('ratelimit-policy')).toBe('100;w=60');
      expect(reply.headers.get('ratelimit')).toMatch(HEADER);
    }
    // Counted: the two authenticated requests (a 422 costs a unit too); not the 401 or the 404.
    expect(mock.state.rateLimitRemaining()).toBe(98);
  });

  test('past the policy: 429, retry-after and the documented body; a rolling window frees one request at a time', async () => {
    let now = Date.UTC(2025, 5, 2, 12, 0, 0);
    mock = await startMock({ rateLimit: { limit: 3, windowMs: 10_000 }, now: () => now });
    const send = () => post(mock!, 'convert_to_isin', { identifiers: ['037833100'] });
    expect((await send()).status).toBe(200); // t = 0
    now += 4000;
    expect((await send()).status).toBe(200); // t = 4
    now += 2000;
    const third = await send(); // t = 6
    expect(third.status).toBe(200);
    expect(parse(third.headers.get('ratelimit'))).toEqual({ limit: 3, remaining: 0, reset: 4 });
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(limited.text).toBe('{"errors":[{"detail":"Too Many Requests"}]}');
    expect(limited.headers.get('retry-after')).toBe('4');
    expect(parse(limited.headers.get('ratelimit'))).toMatchObject({ remaining: 0, reset: 4 });
    // Rejected requests are not counted: at t = 10 the first request leaves the window, and only it.
    now += 4000;
    const freed = await send();
    expect(freed.status).toBe(200);
    expect(parse(freed.headers.get('ratelimit'))).toEqual({ limit: 3, remaining: 0, reset: 4 });
    expect((await send()).status).toBe(429);
    now += 4000; // t = 14: the t = 4 request leaves
    expect((await send()).status).toBe(200);
  });

  test('each key has its own window', async () => {
    mock = await startMock({ apiKeys: ['a', 'b'], rateLimit: { limit: 1, windowMs: 60_000 } });
    expect((await post(mock, 'convert_to_isin', { identifiers: ['037833100'] }, { key: 'a' })).status).toBe(
      200,
    );
    expect((await post(mock, 'convert_to_isin', { identifiers: ['037833100'] }, { key: 'a' })).status).toBe(
      429,
    );
    expect((await post(mock, 'convert_to_isin', { identifiers: ['037833100'] }, { key: 'b' })).status).toBe(
      200,
    );
    mock.reset();
    expect((await post(mock, 'convert_to_isin', { identifiers: ['037833100'] }, { key: 'a' })).status).toBe(
      200,
    );
  });

  test('rateLimit: false sends no rate-limit headers and never 429s', async () => {
    mock = await startMock({ rateLimit: false });
    const replies = await Promise.all(
      Array.from({ length: 120 }, () => post(mock!, 'convert_to_isin', { identifiers: ['037833100'] })),
    );
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(replies[0]?.headers.get('ratelimit')).toBeNull();
    expect(mock.state.rateLimitRemaining()).toBeNull();
  });

  test('a rateLimit without a millisecond window is refused at start, naming the renamed field', async () => {
    const legacy = { limit: 5, windowSeconds: 60 } as unknown as { limit: number; windowMs: number };
    await expect(startMock({ rateLimit: legacy })).rejects.toThrow(/windowSeconds was renamed windowMs/);
  });
});
