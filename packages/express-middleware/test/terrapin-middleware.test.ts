import { createTerrapinClient, MemoryQuotaStore, QuotaLedger } from '@terrapin/core';
import express from 'express';
import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { getTerrapin, terrapin } from '../src/index';
import { CANARY_KEY, remember } from './helpers/canary';

describe('terrapin() and getTerrapin()', () => {
  it('attaches one shared client as req.terrapin', async () => {
    const seen: unknown[] = [];
    const app = express();
    app.use(terrapin({ apiKey: CANARY_KEY, baseUrl: 'http://127.0.0.1:9' }));
    app.get('/', (req, res) => {
      seen.push(getTerrapin(req), req.terrapin);
      res.json({ hasBonds: typeof getTerrapin(req).bonds.reference === 'function' });
    });
    expect(remember(await request(app).get('/')).body).toEqual({ hasBonds: true });
    await request(app).get('/');
    expect(seen[0]).toBe(seen[1]);
    expect(seen[0]).toBe(seen[2]);
  });

  it('uses a client you pass', async () => {
    const client = createTerrapinClient({ apiKey: CANARY_KEY, baseUrl: 'http://127.0.0.1:9' });
    const app = express().use(terrapin({ client }));
    app.get('/', (req, res) => res.json({ same: getTerrapin(req) === client }));
    expect((await request(app).get('/')).body).toEqual({ same: true });
  });

  it('warns when shared stores are passed next to a client that does not use them', () => {
    const warn = vi.mocked(console.warn);
    warn.mockClear();
    const client = createTerrapinClient({ apiKey: CANARY_KEY, baseUrl: 'http://127.0.0.1:9' });
    terrapin({ client, stores: { quota: new MemoryQuotaStore() } });
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('stores.quota is not used by the client you passed'),
    );
    warn.mockClear();
    const store = new MemoryQuotaStore();
    const wired = createTerrapinClient({
      apiKey: CANARY_KEY,
      baseUrl: 'http://127.0.0.1:9',
      quotaLedger: new QuotaLedger({ store }),
    });
    terrapin({ client: wired, stores: { quota: store } });
    expect(warn).not.toHaveBeenCalled();
  });

  it('fails with a fix-it message and a snippet when terrapin() was not mounted', () => {
    const req = {} as express.Request;
    expect(() => getTerrapin(req)).toThrow(/terrapin\(\) must be mounted before this route/);
    expect(() => getTerrapin(req)).toThrow(
      /app\.use\(terrapin\(\{ apiKey: process\.env\.TERRAPIN_API_KEY \}\)\)/,
    );
  });

  it('never shows the key when the client is inspected or serialised', async () => {
    const app = express().use(terrapin({ apiKey: CANARY_KEY, baseUrl: 'http://127.0.0.1:9' }));
    app.get('/', (req, res) => res.json(getTerrapin(req)));
    const res = remember(await request(app).get('/'));
    expect(res.text).not.toContain(CANARY_KEY);
  });
});
