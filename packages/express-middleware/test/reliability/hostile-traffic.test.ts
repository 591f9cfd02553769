// Hostile traffic against the proxy (issue 14, proxy and shared-state findings #4–#9, #16–#18): each test reproduces
// one finding as it was reported and fails on the code before the fix.
import { createServer, request as httpRequest, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { parseRateLimitHeaders } from '@terrapin/core';
import express from 'express';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type TerrapinErrorEvent, terrapinProxy } from '../../src/index';
import { MemoryUserQuotaStore } from '../../src/stores/user-quota-store';
import { callOp, MOUNT, proxyApp, send } from '../helpers/app';
import { CANARY_KEY } from '../helpers/canary';
import { listenLocal } from '../helpers/listen';
import { json, type StubUpstream, startStubUpstream } from '../helpers/stub-upstream';
import { isins } from './helpers/isins';

let upstream: StubUpstream;
beforeEach(async () => {
  upstream = await startStubUpstream();
});
afterEach(async () => {
  await upstream.close();
  vi.restoreAllMocks();
});

/** Listens on a free port; resolves the server and its base URL. */
async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = createServer(app);
  return { server, url: await listenLocal(server) };
}

/**
 * Starts a `bond_reference` upload announcing 5000 bytes, sends only `partial`, and hangs up once the proxy is
 * reading the body. Answers the proxy's server, for the caller to close after its checks.
 */
async function abandonUpload(app: express.Express, partial: string): Promise<Server> {
  const { server, url } = await listen(app);
  const received = new Promise((r) => server.once('request', r));
  const req = httpRequest(`${url}${MOUNT}/bond_reference`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': '5000' },
  });
  req.on('error', () => {});
  req.write(partial);
  await received;
  await new Promise((r) => setTimeout(r, 50));
  req.destroy();
  return server;
}

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
};

describe('#4 aborted requests', () => {
  it('a body upload the client aborts is one "client closed" event, not a stack or a 500', async () => {
    const { app, events } = proxyApp(upstream.url, { allow: ['bond_reference'] });
    const server = await abandonUpload(app, '{"isins":["US0378');
    await until(() => events.length > 0);
    server.close();
    expect(events.map((e) => [e.status, e.summary, e.serverFault])).toEqual([
      [499, 'ClientClosed: client closed', false],
    ]);
    expect(upstream.requests).toHaveLength(0);
  });

  it('a document stream the browser closes is "client closed", not "answered 500 … Premature close"', async () => {
    // An upstream that streams a long document slowly.
    const slow = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const timer = setInterval(() => res.write(Buffer.alloc(16_384, 37)), 10);
      res.on('close', () => clearInterval(timer));
    });
    const { app, events } = proxyApp(await listenLocal(slow), {
      allow: ['download_document'],
    });
    const { server, url } = await listen(app);
    await new Promise<void>((done) => {
      const req = httpRequest(`${url}${MOUNT}/download_document`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
      req.on('error', () => {});
      req.on('response', (res) => {
        res.once('data', () => {
          req.destroy();
          done();
        });
      });
      req.end(JSON.stringify({ file_id: 'os-1' }));
    });
    await until(() => events.length > 0);
    server.close();
    slow.closeAllConnections();
    slow.close();
    expect(events.map((e) => [e.status, e.serverFault, e.summary])).toEqual([
      [499, false, 'ClientClosed: client closed'],
    ]);
  });

  it('the default logger prints one short line per hang-up, never a stack', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = express().use(
      MOUNT,
      terrapinProxy({ apiKey: CANARY_KEY, baseUrl: upstream.url, allow: ['bond_reference'] }),
    );
    const server = await abandonUpload(app, '{"isins":[');
    await until(() => warn.mock.calls.length > 0);
    server.close();
    const lines = [...warn.mock.calls, ...error.mock.calls].map((args) => args.join(' '));
    expect(lines).toEqual(['[terrapin] client closed']);
  });
});

describe('#5 per-user state is bounded', () => {
  it('the default per-user ISIN ledger forgets the least recent users past its cap', async () => {
    const store = new MemoryUserQuotaStore({ maxUsers: 100 });
    const [isin] = isins(1);
    for (let user = 0; user < 1_000; user++) await store.reserve(`2026-11:user-${user}`, [isin!], 10);
    expect(await store.count('2026-11:user-999')).toBe(1);
    expect(await store.count('2026-11:user-0')).toBe(0);
    let kept = 0;
    for (let user = 0; user < 1_000; user++) kept += await store.count(`2026-11:user-${user}`);
    expect(kept).toBe(100);
  });
});

describe('#6 rate-limit headers a browser can trust', () => {
  it("with a per-user rate, answers carry the caller's own ratelimit headers, which core parses", async () => {
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      identify: (req) => req.get('x-user'),
      userRateLimit: { limit: 5, windowMs: 60_000 },
    });
    const first = await callOp(app, 'bond_reference', { isins: isins(1) }, { 'x-user': 'ann' });
    const second = await callOp(app, 'bond_reference', { isins: isins(1) }, { 'x-user': 'ann' });
    expect(first.status).toBe(200);
    const parsed = parseRateLimitHeaders(new Headers(second.headers as Record<string, string>));
    expect(parsed).toEqual({
      limit: 5,
      remaining: 3,
      resetMs: 60_000,
      policy: { limit: 5, windowMs: 60_000 },
    });
  });

  it('clamps an absurd upstream retry-after and reset instead of forwarding them raw', async () => {
    upstream.handler = () =>
      json(
        429,
        { errors: [{ detail: 'Too many requests' }] },
        {
          'retry-after': '251605907304',
          ratelimit: 'limit=100, remaining=0, reset=251605907304',
          'ratelimit-policy': '100;w=60',
        },
      );
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'], maxRetries: 0 });
    const res = await callOp(app, 'bond_reference', { isins: isins(1) });
    expect(res.status).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(res.headers.ratelimit).toBe('limit=100, remaining=0, reset=3600');
    expect(JSON.stringify(res.headers)).not.toContain('251605907304');
  });
});

describe('#7 every list is capped', () => {
  it('a 12,000-entry countries list is refused 422 with a pointer; nothing goes upstream', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_search'], bodyLimit: '1mb' });
    const countries = Array.from({ length: 12_000 }, (_, i) => `Country ${i}`);
    const res = await callOp(app, 'bond_search', { countries });
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ source: { pointer: '/countries' } })]);
    expect(res.body.errors[0].detail).toContain('1000');
    expect(upstream.requests).toHaveLength(0);
  });

  it('maxListEntries sets the cap; a list within it goes through', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['bond_search'], maxListEntries: 3 });
    expect((await callOp(app, 'bond_search', { countries: ['Italy', 'Spain', 'France'] })).status).toBe(200);
    const over = await callOp(app, 'bond_search', { countries: ['Italy', 'Spain', 'France', 'Greece'] });
    expect(over.status).toBe(422);
    expect(over.body.errors[0].source).toEqual({ pointer: '/countries' });
  });
});

describe('#8 authorize sees what is asked', () => {
  it('gets the operation and the validated, normalised body', async () => {
    const seen: unknown[] = [];
    const [a, b] = isins(2);
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      authorize: (req, operation, body) => {
        seen.push([operation, body, req.body !== undefined]);
        return !(body as { isins: string[] }).isins.includes(b!);
      },
    });
    expect((await callOp(app, 'bond_reference', { isins: [` ${a!.toLowerCase()} `] })).status).toBe(200);
    expect((await callOp(app, 'bond_reference', { isins: [a, b] })).status).toBe(401);
    expect(seen).toEqual([
      ['bond_reference', { isins: [a] }, true],
      ['bond_reference', { isins: [a, b] }, true],
    ]);
    expect(upstream.requests).toHaveLength(1);
  });
});

describe('#9 nothing raw from the framework', () => {
  const raw = (url: string, path: string, headers: Record<string, string>, body: Buffer) =>
    new Promise<{ status: number; type: string; text: string }>((resolve, reject) => {
      const req = httpRequest(`${url}${path}`, { method: 'POST', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
        });
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), text }),
        );
      });
      req.on('error', reject);
      req.end(body);
    });

  for (const env of ['development', 'production']) {
    it(`a malformed path and corrupt gzip/br bodies answer the JSON envelope (NODE_ENV=${env})`, async () => {
      vi.stubEnv('NODE_ENV', env);
      const error = vi.spyOn(console, 'error').mockImplementation(() => {});
      // The app as most are written: the proxy and nothing after it (Express's own final handler).
      const app = express().use(
        MOUNT,
        terrapinProxy({
          apiKey: CANARY_KEY,
          baseUrl: upstream.url,
          allow: ['bond_reference'],
          onError: () => {},
        }),
      );
      const { server, url } = await listen(app);
      const json = { 'content-type': 'application/json' };
      const answers = [
        await raw(url, `${MOUNT}/%zz`, json, Buffer.from('{}')),
        await raw(
          url,
          `${MOUNT}/bond_reference`,
          { ...json, 'content-encoding': 'gzip' },
          Buffer.from('nope'),
        ),
        await raw(url, `${MOUNT}/bond_reference`, { ...json, 'content-encoding': 'br' }, Buffer.from('nope')),
        await raw(
          url,
          `${MOUNT}/bond_reference`,
          { ...json, 'content-encoding': 'gzip' },
          gzipSync('{"isins":["US0378331005"]}').subarray(0, 20),
        ),
      ];
      server.close();
      vi.unstubAllEnvs();
      for (const answer of answers) {
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expect(answer.status).toBeLessThan(500);
        expect(answer.type).toContain('application/json');
        expect(JSON.parse(answer.text)).toEqual({
          errors: [expect.objectContaining({ detail: expect.any(String) })],
        });
        expect(answer.text).not.toMatch(/node_modules|<html|\bat \w/i);
      }
      expect(error).not.toHaveBeenCalled();
    });
  }

  it('upstream 400/422 details reach the browser without URLs or credentials', async () => {
    upstream.handler = () =>
      json(422, {
        errors: [
          {
            title: 'Invalid value',
            detail:
              'Lookup via admin:hunter2@db.internal failed; see https://ops.internal/runbook?token=s3cr3t',
            source: { pointer: '/isins/0' },
          },
        ],
      });
    const { app } = proxyApp(upstream.url, { allow: ['bond_reference'] });
    const res = await callOp(app, 'bond_reference', { isins: isins(1) });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].source).toEqual({ pointer: '/isins/0' });
    expect(res.text).not.toMatch(/hunter2|ops\.internal|s3cr3t|https?:\/\//);
    expect(res.body.errors[0].detail).toContain('failed');
  });
});

describe('#18 a local budget refusal is the caller’s condition', () => {
  it('is reported with serverFault false and not logged as an error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const events: TerrapinErrorEvent[] = [];
    const app = express().use(
      MOUNT,
      terrapinProxy({
        apiKey: CANARY_KEY,
        baseUrl: upstream.url,
        allow: ['bond_reference'],
        monthlyIsinBudget: 1,
        onError: (event) => events.push(event),
      }),
    );
    const quiet = express().use(
      MOUNT,
      terrapinProxy({
        apiKey: CANARY_KEY,
        baseUrl: upstream.url,
        allow: ['bond_reference'],
        monthlyIsinBudget: 1,
      }),
    );
    const res = await callOp(app, 'bond_reference', { isins: isins(2) });
    expect((await callOp(quiet, 'bond_reference', { isins: isins(2) })).status).toBe(403);
    expect(res.status).toBe(403);
    expect(events.map((e) => [e.status, e.serverFault])).toEqual([[403, false]]);
    expect(error).not.toHaveBeenCalled();
    expect(upstream.requests).toHaveLength(0);
  });
});

describe('#16 the budget guard does not race (one process)', () => {
  it('four simultaneous calls of 6 new ISINs against 20 with 14 used: exactly one passes, the ledger stays ≤ 20', async () => {
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      monthlyIsinBudget: 20,
      cache: false,
    });
    expect((await callOp(app, 'bond_reference', { isins: isins(14, 1000) })).status).toBe(200);
    const answers = await Promise.all(
      [0, 1, 2, 3].map((i) => callOp(app, 'bond_reference', { isins: isins(6, 2000 + 10 * i) })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 403, 403, 403]);
    const status = await send(request(app).get(`${MOUNT}/_status`));
    expect(status.body.quota.used).toBe(20);
  });

  it("a user's monthly budget holds under concurrency too", async () => {
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      identify: () => 'zoe',
      userMonthlyIsinBudget: 6,
      cache: false,
    });
    const answers = await Promise.all(
      [0, 1, 2, 3].map((i) => callOp(app, 'bond_reference', { isins: isins(6, 3000 + 10 * i) })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 403, 403, 403]);
    const used = await send(request(app).get(`${MOUNT}/_status`));
    expect(used.body.user.quota.used).toBe(6);
  });
});
