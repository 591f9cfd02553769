import {
  TerrapinAuthenticationError,
  TerrapinConnectionError,
  TerrapinNotFoundError,
  TerrapinPermissionDeniedError,
  TerrapinQuotaExceededError,
  TerrapinRateLimitError,
  TerrapinServerError,
  TerrapinUnprocessableEntityError,
} from '@terrapin/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CliUsageError, formatError } from '../src/errors';
import { ExitCode, exitCodeFor } from '../src/index';
import { type CannedResponse, startCaptureServer } from './helpers/capture-server';
import { runInProcess } from './helpers/in-process';

const CANARY = 'tpk_canary_9f8e7d6c5b4a';
const api = (status: number, detail: string, extra: Record<string, unknown> = {}) => ({
  status,
  errors: [{ detail }],
  requestId: 'req_1',
  headers: {},
  ...extra,
});

describe('exit code mapping', () => {
  test('by error class, quota before permission', () => {
    expect(exitCodeFor(new CliUsageError('x'))).toBe(2);
    expect(exitCodeFor(new TerrapinUnprocessableEntityError(api(422, 'bad')))).toBe(2);
    expect(exitCodeFor(new TerrapinAuthenticationError(api(401, 'no')))).toBe(3);
    expect(exitCodeFor(new TerrapinPermissionDeniedError(api(403, 'tier')))).toBe(3);
    expect(exitCodeFor(new TerrapinQuotaExceededError(api(403, 'quota')))).toBe(5);
    expect(exitCodeFor(new TerrapinNotFoundError(api(404, 'gone')))).toBe(4);
    expect(
      exitCodeFor(new TerrapinRateLimitError({ ...api(429, 'slow'), retryAfterMs: 1000, rateLimit: null })),
    ).toBe(5);
    expect(exitCodeFor(new TerrapinServerError(api(500, 'boom')))).toBe(1);
    expect(exitCodeFor(new TypeError('bug'))).toBe(1);
    expect(exitCodeFor(Object.assign(new Error('x'), { status: 409 }))).toBe(2);
  });

  test('network errors are 6', () => {
    const err = Object.create(TerrapinConnectionError.prototype) as Error;
    expect(exitCodeFor(err)).toBe(ExitCode.network);
  });

  test('messages: the API words, the flag behind the pointer, the request id', () => {
    const err = new TerrapinUnprocessableEntityError({
      ...api(422, 'Must be greater than or equal to 0'),
      errors: [
        { title: 'Invalid value', detail: 'Must be greater than or equal to 0', pointer: '/coupon_min' },
      ],
    });
    const text = formatError(err, (p) => (p === '/coupon_min' ? '--coupon-min' : undefined));
    expect(text).toBe(
      'error: 422 Invalid value at --coupon-min: Must be greater than or equal to 0\n  request id: req_1\n',
    );
  });
});

describe('exit codes from API answers', () => {
  let respond: () => CannedResponse = () => ({});
  let server: Awaited<ReturnType<typeof startCaptureServer>>;
  beforeAll(async () => {
    server = await startCaptureServer(() => respond());
  });
  afterAll(() => server.close());

  const cases: Array<[string, CannedResponse, number, RegExp]> = [
    [
      '401',
      { status: 401, body: { errors: [{ detail: 'Incorrect or no bearer token' }] } },
      3,
      /Incorrect or no bearer token[\s\S]*terrapin config set-key/,
    ],
    [
      '403 tier',
      { status: 403, body: { errors: [{ detail: 'Endpoint not in your tier' }] } },
      3,
      /not in your tier/,
    ],
    [
      '403 quota',
      { status: 403, body: { errors: [{ detail: 'Monthly ISIN quota exhausted' }] } },
      5,
      /quota/,
    ],
    [
      '404',
      { status: 404, body: { errors: [{ detail: 'Unknown document key' }] } },
      4,
      /Unknown document key/,
    ],
    [
      '422',
      {
        status: 422,
        body: {
          errors: [{ title: 'Invalid value', detail: 'Too large', source: { pointer: '/coupon_min' } }],
        },
      },
      2,
      /Invalid value at --coupon-min: Too large/,
    ],
    [
      '429',
      { status: 429, headers: { 'retry-after': '7' }, body: { errors: [{ detail: 'Rate limit exceeded' }] } },
      5,
      /Rate limit exceeded[\s\S]*retry in 7s/,
    ],
    ['500', { status: 500, body: { errors: [{ detail: 'Internal error' }] } }, 1, /Internal error/],
  ];

  test.each(cases)('%s', async (_name, canned, code, message) => {
    respond = () => ({ ...canned, headers: { 'request-id': 'req_abc', ...canned.headers } });
    const r = await runInProcess(
      ['--base-url', server.url, '--max-retries', '0', '--debug', 'bonds', 'search', '--coupon-min', '3'],
      { env: { TERRAPIN_API_KEY: CANARY } },
    );
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('request id: req_abc');
    expect(r.stdout).toBe('');
    expect(r.stdout + r.stderr).not.toContain(CANARY);
  });

  test('connection refused and timeouts are 6', async () => {
    const refused = await runInProcess(
      ['--base-url', 'http://127.0.0.1:9', '--max-retries', '0', 'bonds', 'search'],
      {
        env: { TERRAPIN_API_KEY: CANARY },
      },
    );
    expect(refused.code).toBe(6);
    const slow = await startCaptureServer(() => ({}));
    const { createServer } = await import('node:http');
    const hang = createServer(() => {});
    await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
    const port = (hang.address() as { port: number }).port;
    const timedOut = await runInProcess(
      ['--base-url', `http://127.0.0.1:${port}`, '--max-retries', '0', '--timeout', '100', 'bonds', 'search'],
      { env: { TERRAPIN_API_KEY: CANARY } },
    );
    hang.closeAllConnections();
    hang.close();
    await slow.close();
    expect(timedOut.code).toBe(6);
    expect(timedOut.stderr).toMatch(/--timeout/);
  });

  test('no key at all (production base URL) is 3 and says how to give one', async () => {
    const r = await runInProcess(['bonds', 'search'], { env: {} });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('terrapin config set-key');
    expect(r.stderr).toContain('TERRAPIN_API_KEY');
    expect(r.stderr).toContain('--api-key');
  });

  test('commander errors and a bare group are 2; help and version are 0', async () => {
    expect((await runInProcess(['--nope'])).code).toBe(2);
    expect((await runInProcess(['munis'])).code).toBe(2);
    expect((await runInProcess(['munis', '--help'])).code).toBe(0);
    const version = await runInProcess(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('messages for errors raised before sending', () => {
  test('core request validation (via `call`) lists each problem with its pointer', async () => {
    const { TerrapinRequestValidationError } = await import('@terrapin/core');
    const err = new TerrapinRequestValidationError('bond_search', [
      { title: 'Invalid value', detail: 'Must be greater than or equal to 0', pointer: '/limit' },
    ]);
    expect(exitCodeFor(err)).toBe(2);
    expect(formatError(err)).toBe(
      'error: invalid request; nothing was sent\n  Invalid value at /limit: Must be greater than or equal to 0\n',
    );
  });
});
