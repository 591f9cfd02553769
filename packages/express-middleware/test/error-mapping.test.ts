import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { getTerrapin, terrapin, terrapinErrorHandler } from '../src/index';
import { callOp, ORIGIN, proxyApp } from './helpers/app';
import { CANARY_KEY, remember } from './helpers/canary';
import { freePort } from './helpers/listen';
import { json, useStubUpstream } from './helpers/stub-upstream';

const A = 'US0378331005';

describe('error mapping (proxy and terrapinErrorHandler)', () => {
  const upstream = useStubUpstream();
  const answerWith = (status: number, body: unknown, headers: Record<string, string> = {}) => {
    upstream.handler = () => json(status, body, headers);
  };

  it('turns an upstream 401 on the server key into 502 "Upstream authentication failed"; details go to onError, redacted', async () => {
    const { app, events } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      apiKey: `${CANARY_KEY}_revoked`,
    });
    const res = await callOp(app, 'bond_reference', { isins: [A] });
    expect(res.status).toBe(502);
    expect(res.body).toEqual({ errors: [{ detail: 'Upstream authentication failed' }] });
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ status: 502, serverFault: true, operation: 'bond_reference' });
    expect(events[0]?.summary).toContain('Incorrect or no bearer token');
    expect(events[0]?.requestId).toMatch(/^req_stub_/);
  });

  it('turns a 403 outside the tier and a quota 403 into safe 403s', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], cache: false });
    answerWith(403, { errors: [{ detail: 'Endpoint not available in your tier (org acme-prod)' }] });
    const tier = await callOp(app, 'bond_reference', { isins: [A] });
    expect(tier.status).toBe(403);
    expect(tier.body).toEqual({
      errors: [{ detail: "This data is not included in this service's data plan" }],
    });

    answerWith(403, { errors: [{ detail: 'Monthly ISIN quota exhausted for org acme-prod' }] });
    const quota = await callOp(app, 'bond_reference', { isins: [A] });
    expect(quota.status).toBe(403);
    expect(quota.body).toEqual({
      errors: [
        { detail: 'The monthly data quota of this service is used up; it resets at the start of next month' },
      ],
    });
  });

  it("answers the server's own monthlyIsinBudget refusal as the safe quota 403, before anything is sent", async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], cache: false, monthlyIsinBudget: 1 });
    expect((await callOp(app, 'bond_reference', { isins: [A] })).status).toBe(200);
    const res = await callOp(app, 'bond_reference', { isins: ['US5949181045'] });
    expect(res.status).toBe(403);
    expect(res.body.errors[0].detail).toBe(
      'The monthly data quota of this service is used up; it resets at the start of next month',
    );
    expect(upstream.requests).toHaveLength(1);
  });

  it("passes 404 and 422 through with the API's words and pointers", async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], cache: false });
    const pointerError = {
      title: 'Invalid value',
      detail: 'ISIN not in universe',
      source: { pointer: '/isins/0' },
    };
    answerWith(422, { errors: [pointerError] });
    const res = await callOp(app, 'bond_reference', { isins: [A] });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ errors: [pointerError] });

    answerWith(404, { errors: [{ detail: 'Unknown document key' }] });
    const missing = await callOp(app, 'bond_reference', { isins: [A] });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ errors: [{ detail: 'Unknown document key' }] });
  });

  it('passes a 429 through with retry-after and rate-limit headers, and keeps the CORS headers', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], cache: false });
    answerWith(
      429,
      { errors: [{ detail: 'Rate limit exceeded' }] },
      {
        'retry-after': '120',
        ratelimit: 'limit=100, remaining=0, reset=120',
        'ratelimit-policy': '100;w=60',
      },
    );
    const res = await callOp(app, 'bond_reference', { isins: [A] });
    expect(res.status).toBe(429);
    expect(res.body).toEqual({ errors: [{ detail: 'Rate limit exceeded' }] });
    expect(res.headers['retry-after']).toBe('120');
    expect(res.headers.ratelimit).toBe('limit=100, remaining=0, reset=120');
    expect(res.headers['ratelimit-policy']).toBe('100;w=60');
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers.vary).toBe('Origin');
  });

  it('maps 5xx (after core retried) to 502, with CORS headers and no upstream words or stack', async () => {
    const { app, events } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      cache: false,
      maxRetries: 1,
    });
    upstream.handler = () => ({
      status: 502,
      body: '<html><body>Bad gateway at internal-lb-7.terrapin.local</body></html>',
      headers: { 'content-type': 'text/html' },
    });
    const res = await callOp(app, 'bond_reference', { isins: [A] });
    expect(res.status).toBe(502);
    expect(res.body).toEqual({ errors: [{ detail: 'The upstream data service failed; try again later' }] });
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.text).not.toMatch(/internal-lb|at .*\.ts|Error:/);
    expect(upstream.requests).toHaveLength(2);
    expect(events[0]?.serverFault).toBe(true);
  });

  it('maps an unreachable upstream to 502 and a slow one to 504', async () => {
    const port = await freePort();
    const { app: dead } = proxyApp(`http://user:hunter2@127.0.0.1:${port}`, {
      allow: ['bond_reference'],
      cache: false,
    });
    const unreachable = await callOp(dead, 'bond_reference', { isins: [A] });
    expect(unreachable.status).toBe(502);
    expect(unreachable.body.errors[0].detail).toBe(
      'The upstream data service could not be reached; try again later',
    );
    expect(unreachable.text).not.toContain('hunter2');

    upstream.handler = () => ({ ...json(200, { data: [], total: 0 }), delayMs: 500 });
    const { app: slow } = proxyApp(upstream.url, { allow: ['bond_reference'], cache: false, timeout: 50 });
    const timeout = await callOp(slow, 'bond_reference', { isins: [A] });
    expect(timeout.status).toBe(504);
    expect(timeout.headers['access-control-allow-origin']).toBe(ORIGIN);
  });

  it('maps a body that breaks the contract to 502', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], cache: false });
    upstream.handler = () => ({
      status: 200,
      body: 'not json',
      headers: { 'content-type': 'application/json' },
    });
    const res = await callOp(app, 'bond_reference', { isins: [A] });
    expect(res.status).toBe(502);
    expect(res.body.errors[0].detail).toBe('The upstream data service sent an unexpected response');
  });

  describe('terrapinErrorHandler with req.terrapin', () => {
    const routeApp = (apiKey: string) => {
      const app = express();
      app.use(terrapin({ apiKey, baseUrl: upstream.url, maxRetries: 0 }));
      app.get('/bonds/:isin', async (req, res) => {
        const { data } = await getTerrapin(req).bonds.reference({ isins: [String(req.params.isin)] });
        res.json(data[0] ?? null);
      });
      app.get('/crash', () => {
        throw new Error('not a Terrapin error');
      });
      app.use(terrapinErrorHandler({ onError: () => {} }));
      app.use(((err, _req, res, _next) => {
        res.status(500).json({ app: (err as Error).message });
      }) as express.ErrorRequestHandler);
      return app;
    };

    it('answers local validation failures 422 with pointers (nothing sent), upstream auth failures 502', async () => {
      const bad = remember(await request(routeApp(CANARY_KEY)).get('/bonds/US912810TM06'));
      expect(bad.status).toBe(422);
      expect(bad.body.errors[0].source).toEqual({ pointer: '/isins/0' });
      expect(upstream.requests).toEqual([]);

      const ok = remember(await request(routeApp(CANARY_KEY)).get(`/bonds/${A}`));
      expect(ok.body).toEqual({ isin: A });

      const revoked = remember(await request(routeApp('tpk_some_other_key_123')).get(`/bonds/${A}`));
      expect(revoked.status).toBe(502);
      expect(revoked.body).toEqual({ errors: [{ detail: 'Upstream authentication failed' }] });
    });

    it('passes errors that are not Terrapin errors to the next handler', async () => {
      const res = remember(await request(routeApp(CANARY_KEY)).get('/crash'));
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ app: 'not a Terrapin error' });
    });
  });
});
