import { createRedactor } from '@terrapin/core/adapter-kit';
import { describe, expect, it } from 'vitest';
import { MemoryCacheStore, MemoryUserRateLimitStore } from '../src/index';

describe('MemoryCacheStore', () => {
  it('returns values until their TTL and evicts the least recently used past maxEntries', async () => {
    const store = new MemoryCacheStore({ maxEntries: 2 });
    await store.set('a', 'A', 10_000);
    await store.set('b', 'B', 10_000);
    await store.get('a');
    await store.set('c', 'C', 10_000);
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('a')).toBe('A');
    await store.set('short', 'S', 20);
    await new Promise((r) => setTimeout(r, 40));
    expect(await store.get('short')).toBeUndefined();
  });

  it('stays under maxChars: a value larger than the whole budget is not kept', async () => {
    const store = new MemoryCacheStore({ maxChars: 10 });
    await store.set('big', 'x'.repeat(11), 10_000);
    expect(await store.get('big')).toBeUndefined();
  });
});

describe('MemoryUserRateLimitStore', () => {
  it('allows limit requests per rolling window and does not count refusals', async () => {
    const store = new MemoryUserRateLimitStore();
    const rule = { limit: 2, windowMs: 1_000 };
    expect(await store.hit('u', rule, 0)).toEqual({ allowed: true, remaining: 1, resetMs: 1_000 });
    expect(await store.hit('u', rule, 100)).toEqual({ allowed: true, remaining: 0, resetMs: 900 });
    expect(await store.hit('u', rule, 200)).toEqual({ allowed: false, remaining: 0, resetMs: 800 });
    expect(await store.hit('u', rule, 1_001)).toMatchObject({ allowed: true, remaining: 0 });
  });
});

describe('redaction', () => {
  it('removes the key, bearer tokens and URL credentials, and keeps prose', () => {
    const redact = createRedactor(['tpk_canary_9f8e7d6c5b4a']);
    expect(redact('key tpk_canary_9f8e7d6c5b4a in text')).toBe('key [REDACTED] in text');
    expect(redact('authorization: Bearer abcdefgh12345')).toBe('authorization: Bearer [REDACTED]');
    expect(redact('fetch https://user:hunter2@api.example/x')).toBe('fetch https://[REDACTED]@api.example/x');
    expect(redact('Incorrect or no bearer token')).toBe('Incorrect or no bearer token');
  });
});
