import { createServer, request as httpRequest } from 'node:http';
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { terrapinProxy } from '../src/index';
import { callOp, MOUNT, ORIGIN, proxyApp, send } from './helpers/app';
import { CANARY_KEY } from './helpers/canary';
import { listenLocal } from './helpers/listen';
import { useStubUpstream } from './helpers/stub-upstream';

const APPLE = 'US0378331005';

describe('terrapinProxy: allow-list and forwarding', () => {
  const upstream = useStubUpstream();

  it("answers an allowed operation with the API's envelope and rate-limit headers", async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'] });
    const res = await callOp(app, 'bond_reference', { isins: [APPLE] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: [{ isin: APPLE }], total: 1 });
    expect(res.headers.ratelimit).toBe('limit=100, remaining=99, reset=60');
    expect(res.headers['ratelimit-policy']).toBe('100;w=60');
    expect(res.headers['request-id']).toMatch(/^req_stub_/);
    expect(upstream.requests.map((r) => r.operation)).toEqual(['bond_reference']);
  });

  it("sends the server's key, never the caller's authorization, cookies or hop-by-hop headers", async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'] });
    await callOp(
      app,
      'bond_reference',
      { isins: [APPLE] },
      {
        authorization: 'Bearer browser-session-token',
        cookie: 'sid=browser-cookie',
        'proxy-authorization': 'Basic abc',
        connection: 'keep-alive, x-secret-hop',
        'x-secret-hop': 'hop',
        'x-forwarded-for': '203.0.113.9',
      },
    );
    const sent = upstream.requests[0]?.headers ?? {};
    expect(sent.authorization).toBe(`Bearer ${CANARY_KEY}`);
    const text = JSON.stringify(sent);
    for (const leaked of [
      'browser-session-token',
      'browser-cookie',
      'Basic abc',
      'x-secret-hop',
      '203.0.113.9',
    ]) {
      expect(text).not.toContain(leaked);
    }
    expect(sent.cookie).toBeUndefined();
  });

  it('does not copy upstream hop-by-hop or cookie headers back to the browser', async () => {
    upstream.handler = () => ({
      status: 200,
      body: JSON.stringify({ data: [], total: 0 }),
      headers: {
        'content-type': 'application/json',
        'set-cookie': 'upstream=1',
        'x-upstream-internal': 'yes',
      },
    });
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'] });
    const res = await callOp(app, 'bond_reference', { isins: [APPLE] });
    expect(res.status).toBe(200);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['x-upstream-internal']).toBeUndefined();
  });

  it('answers 404 for an operation that exists but is not allowed, and sends nothing', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'] });
    const res = await callOp(app, 'bond_pricing_latest', { isins: [APPLE] });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      errors: [{ detail: 'Unknown or disallowed operation "bond_pricing_latest"' }],
    });
    expect(upstream.requests).toEqual([]);
  });

  it('answers 404 for an unknown operation and never forwards other paths', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'] });
    expect((await callOp(app, 'no_such_op', {})).status).toBe(404);
    expect((await callOp(app, '..%2F..%2Fadmin', {})).body).toEqual({
      errors: [{ detail: 'Unknown or disallowed operation' }],
    });
    const nested = await send(
      request(app)
        .post(`${MOUNT}/bond_reference/extra`)
        .send({ isins: [APPLE] }),
    );
    expect(nested.status).toBe(404);
    const get = await send(request(app).get(`${MOUNT}/bond_reference`));
    expect(get.status).toBe(404);
    expect(upstream.requests).toEqual([]);
  });

  it('refuses a non-JSON body with 415 (a cross-site form cannot call the proxy) and sends nothing', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['muni_search'] });
    const res = await send(
      request(app).post(`${MOUNT}/muni_search`).set('content-type', 'text/plain').send('{"limit":1}'),
    );
    expect(res.status).toBe(415);
    expect(res.body.errors[0].detail).toContain('Content-Type: application/json');
    expect(upstream.requests).toEqual([]);
  });

  it('checks authorize() first: false answers 401 and sends nothing; a throw reaches the app error handlers', async () => {
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      authorize: (req) => {
        if (req.get('x-explode')) throw new Error('session store down');
        return req.get('x-user') === 'alice';
      },
    });
    const denied = await callOp(app, 'bond_reference', { isins: [APPLE] });
    expect(denied.status).toBe(401);
    expect(denied.body).toEqual({ errors: [{ detail: 'Not authorized' }] });
    const allowed = await callOp(app, 'bond_reference', { isins: [APPLE] }, { 'x-user': 'alice' });
    expect(allowed.status).toBe(200);
    const exploded = await callOp(app, 'bond_reference', { isins: [APPLE] }, { 'x-explode': '1' });
    expect(exploded.status).toBe(500);
    expect(upstream.requests).toHaveLength(1);
  });

  it('rejects an allow-list naming an unknown operation when mounted', () => {
    expect(() =>
      terrapinProxy({ apiKey: CANARY_KEY, allow: ['bond_referense' as 'bond_reference'] }),
    ).toThrow(/unknown operation\(s\) in allow: bond_referense/);
    expect(() => terrapinProxy({ apiKey: CANARY_KEY } as never)).toThrow(/needs `allow`/);
  });

  it("takes the app's own client too", async () => {
    const { createTerrapinClient } = await import('@terrapin/core');
    const client = createTerrapinClient({ apiKey: CANARY_KEY, baseUrl: upstream.url });
    const app = express().use(MOUNT, terrapinProxy({ client, allow: ['bond_reference'] }));
    const res = await callOp(app, 'bond_reference', { isins: [APPLE] });
    expect(res.body.total).toBe(1);
  });

  it('reports the shared quota count and the last rate-limit state at GET /_status', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], userMonthlyIsinBudget: 10 });
    const before = await send(request(app).get(`${MOUNT}/_status`));
    expect(before.body.rateLimit).toBeNull();
    const t0 = Date.now();
    await callOp(app, 'bond_reference', { isins: [APPLE, 'US5949181045'] });
    const res = await send(request(app).get(`${MOUNT}/_status`).set('origin', ORIGIN));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      quota: { period: expect.stringMatching(/^\d{4}-\d{2}$/), used: 2, budget: null },
      rateLimit: {
        limit: 100,
        remaining: 99,
        resetMs: 60_000,
        policy: { limit: 100, windowMs: 60_000 },
        observedAt: expect.any(Number),
      },
      user: { quota: { period: res.body.quota.period, used: 2, budget: 10 }, rateLimit: null },
    });
    expect(res.body.rateLimit.observedAt).toBeGreaterThanOrEqual(t0);
  });

  it('aborts the upstream call when the browser hangs up', async () => {
    let upstreamClosed: () => void = () => {};
    const closed = new Promise<void>((r) => {
      upstreamClosed = r;
    });
    const hanging = createServer((_req, res) => res.on('close', () => upstreamClosed()));
    const { app } = proxyApp(await listenLocal(hanging), {
      allow: ['bond_reference'],
    });
    const proxy = createServer(app);
    const proxyUrl = await listenLocal(proxy);
    try {
      const req = httpRequest(`${proxyUrl}${MOUNT}/bond_reference`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      req.on('error', () => {});
      req.end(JSON.stringify({ isins: [APPLE] }));
      setTimeout(() => req.destroy(), 200);
      await closed; // the upstream saw its request go away: nothing waits for an answer nobody reads
    } finally {
      proxy.closeAllConnections();
      hanging.closeAllConnections();
      await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => hanging.close(r))]);
    }
  });

  it('can turn GET /_status off', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], status: false });
    expect((await send(request(app).get(`${MOUNT}/_status`))).status).toBe(404);
  });
});
