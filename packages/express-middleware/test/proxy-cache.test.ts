import { describe, expect, it } from 'vitest';
import { type CacheStore, DEFAULT_CACHED_OPERATIONS } from '../src/index';
import { callOp, proxyApp } from './helpers/app';
import { useStubUpstream } from './helpers/stub-upstream';

const A = 'US0378331005';
const B = 'US5949181045';

describe('terrapinProxy: response cache', () => {
  const upstream = useStubUpstream();

  it('serves a reference call from the cache the second time (miss, then hit) without calling upstream', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'] });
    const first = await callOp(app, 'bond_reference', { isins: [A, B] });
    expect(first.headers['x-terrapin-cache']).toBe('miss');
    const second = await callOp(app, 'bond_reference', { isins: [A, B] });
    expect(second.status).toBe(200);
    expect(second.headers['x-terrapin-cache']).toBe('hit');
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(second.body).toEqual(first.body);
    expect(upstream.requests).toHaveLength(1);
  });

  it('keys on the normalised body: case, spacing and key order do not matter; different bodies do', async () => {
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_pricing_history'],
      cache: { operations: ['bond_pricing_history'] },
    });
    const body = { isin: A, start_date: '2026-01-01', end_date: '2026-02-01' };
    await callOp(app, 'bond_pricing_history', body);
    const same = await callOp(app, 'bond_pricing_history', {
      end_date: '2026-02-01',
      start_date: '2026-01-01',
      isin: ` ${A.toLowerCase()}`,
    });
    expect(same.headers['x-terrapin-cache']).toBe('hit');
    const other = await callOp(app, 'bond_pricing_history', { ...body, end_date: '2026-03-01' });
    expect(other.headers['x-terrapin-cache']).toBe('miss');
    expect(upstream.requests).toHaveLength(2);
  });

  it('does not cache market data by default, nor errors', async () => {
    expect(DEFAULT_CACHED_OPERATIONS).not.toContain('bond_pricing_latest');
    const { app } = proxyApp(upstream.url, { allow: ['bond_pricing_latest', 'bond_reference'] });
    const latest = await callOp(app, 'bond_pricing_latest', { isins: [A] });
    expect(latest.headers['x-terrapin-cache']).toBeUndefined();
    await callOp(app, 'bond_pricing_latest', { isins: [A] });
    expect(upstream.requests).toHaveLength(2);

    upstream.handler = () => ({
      status: 404,
      body: '{"errors":[{"detail":"Not found"}]}',
      headers: { 'content-type': 'application/json' },
    });
    try {
      expect((await callOp(app, 'bond_reference', { isins: [B] })).status).toBe(404);
      expect((await callOp(app, 'bond_reference', { isins: [B] })).status).toBe(404);
      expect(upstream.requests).toHaveLength(4);
    } finally {
      upstream.handler = null;
    }
  });

  it('expires entries after ttlMs', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], cache: { ttlMs: 50 } });
    await callOp(app, 'bond_reference', { isins: [A] });
    await new Promise((r) => setTimeout(r, 80));
    expect((await callOp(app, 'bond_reference', { isins: [A] })).headers['x-terrapin-cache']).toBe('miss');
    expect(upstream.requests).toHaveLength(2);
  });

  it('can be turned off, and a failing store only costs misses', async () => {
    const { app: off } = proxyApp(upstream.url, { allow: ['bond_reference'], cache: false });
    expect((await callOp(off, 'bond_reference', { isins: [A] })).headers['x-terrapin-cache']).toBeUndefined();

    const broken: CacheStore = {
      get: () => Promise.reject(new Error('store down')),
      set: () => Promise.reject(new Error('store down')),
    };
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], stores: { cache: broken } });
    const res = await callOp(app, 'bond_reference', { isins: [A] });
    expect(res.status).toBe(200);
    expect(res.headers['x-terrapin-cache']).toBe('miss');
  });
});
