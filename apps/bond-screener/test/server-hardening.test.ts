// @vitest-environment node
// The example app's Express server under hostile callers (issue 14 #4, #9, #10): its default configuration must not
// trust forwarding headers, must limit each caller, must bound slow requests, and must never answer with a stack.
import { request as httpRequest } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type RunningServer, SERVER_TIMEOUTS, startServer } from '../server/app.mjs';

let app: RunningServer | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
  vi.restoreAllMocks();
});

const APPLE = 'US0378331005';

/** A raw POST (no path normalisation), resolving status, content type and text. */
function post(url: string, path: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; type: string; text: string; policy: unknown }>((resolve, reject) => {
    const req = httpRequest(`${url}${path}`, { method: 'POST', headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        text += c;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type']),
          text,
          policy: res.headers['ratelimit-policy'],
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the example app server', () => {
  it('does not let a new X-Forwarded-For per request escape the per-caller limit', async () => {
    app = await startServer({ port: 0, distDir: false, userRateLimit: { limit: 5, windowMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await post(
        app.url,
        '/api/terrapin/bond_reference',
        { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i + 1}` },
        JSON.stringify({ isins: [APPLE] }),
      );
      statuses.push(res.status);
    }
    process.stdout.write(
      `[spoofed-xff] ${statuses.filter((s) => s === 200).length}/8 answered against a 5/min per-user limit\n`,
    );
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });

  it('limits each caller by default', async () => {
    app = await startServer({ port: 0, distDir: false });
    const res = await post(
      app.url,
      '/api/terrapin/bond_reference',
      { 'content-type': 'application/json' },
      JSON.stringify({ isins: [APPLE] }),
    );
    expect(res.status).toBe(200);
    // The caller's own limit, in the header form core's browser client reads.
    expect(res.policy).toBe('300;w=60');
  });

  it('sets request, header and keep-alive timeouts well under Node’s 300 s default, and enforces them', async () => {
    expect(SERVER_TIMEOUTS.requestTimeout).toBeLessThanOrEqual(30_000);
    expect(SERVER_TIMEOUTS.headersTimeout).toBeLessThanOrEqual(SERVER_TIMEOUTS.requestTimeout);
    expect(SERVER_TIMEOUTS.keepAliveTimeout).toBeLessThanOrEqual(10_000);
    // The same settings, shortened: a client that sends headers and then dribbles nothing is cut off.
    app = await startServer({
      port: 0,
      distDir: false,
      timeouts: { requestTimeout: 600, headersTimeout: 500 },
    });
    const url = app.url;
    const outcome = await new Promise<{ ms: number; status: number | null }>((resolve) => {
      const started = Date.now();
      const req = httpRequest(`${url}/api/terrapin/bond_reference`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': '100' },
      });
      req.on('error', () => resolve({ ms: Date.now() - started, status: null }));
      req.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve({ ms: Date.now() - started, status: res.statusCode ?? null }));
      });
      req.write('{"isins":');
    });
    expect(outcome.status === 408 || outcome.status === null).toBe(true);
    expect(outcome.ms).toBeLessThan(5_000);
  });

  it('answers a malformed path and a corrupt body with JSON, never a stack, whatever NODE_ENV is', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    app = await startServer({ port: 0, distDir: false });
    const answers = [
      await post(app.url, '/api/terrapin/%zz', { 'content-type': 'application/json' }, '{}'),
      await post(app.url, '/api/%zz', { 'content-type': 'application/json' }, '{}'),
      await post(
        app.url,
        '/api/terrapin/bond_reference',
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        'not gzip',
      ),
    ];
    vi.unstubAllEnvs();
    for (const answer of answers) {
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(answer.type).toContain('application/json');
      expect(answer.text).not.toMatch(/node_modules|<html|\bat \w/i);
    }
    for (const call of error.mock.calls) expect(call.join(' ')).not.toMatch(/\n\s+at /);
  });
});
