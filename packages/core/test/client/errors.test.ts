import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isTerrapinApiError,
  isTerrapinError,
  TerrapinApiError,
  TerrapinAuthenticationError,
  TerrapinBadRequestError,
  TerrapinError,
  TerrapinNotFoundError,
  TerrapinPermissionDeniedError,
  TerrapinQuotaExceededError,
  TerrapinRateLimitError,
  TerrapinResponseValidationError,
  TerrapinServerError,
  TerrapinUnprocessableEntityError,
} from '../../src/index';
import { makeIsins, testClient } from './helpers/fixtures';
import { apiError, ok, type Reply, startServer, type TestServer } from './helpers/server';

let server: TestServer;
afterEach(() => server?.close());

const [A] = makeIsins(1);

async function failWith(reply: Reply, options = {}) {
  server = await startServer(() => reply);
  const client = testClient(server.url, { maxRetries: 0, ...options });
  return client.bonds.reference({ isins: [A!] }).then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as TerrapinApiError,
  );
}

describe('status → error class', () => {
  it.each([
    [400, TerrapinBadRequestError, 'Body is not valid JSON'],
    [401, TerrapinAuthenticationError, 'Incorrect or no bearer token'],
    [403, TerrapinPermissionDeniedError, 'ISIN outside your tier'],
    [404, TerrapinNotFoundError, 'Unknown document key'],
    [422, TerrapinUnprocessableEntityError, 'Invalid string. Got: integer'],
    [429, TerrapinRateLimitError, 'Too many requests'],
    [500, TerrapinServerError, 'Unexpected error'],
    [502, TerrapinServerError, 'Redeploy in progress'],
    [503, TerrapinServerError, 'Shedding load'],
    [504, TerrapinServerError, 'Upstream timeout'],
    [409, TerrapinApiError, 'Conflict'],
  ])('%i → %o', async (status, Class, detail) => {
    const error = await failWith(apiError(status, detail));
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(TerrapinApiError);
    expect(error).toBeInstanceOf(TerrapinError);
    expect(error.name).toBe(Class.kind);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe(`req_${status}`);
    expect(error.errors).toEqual([{ detail }]);
    expect(error.message.startsWith(`${status} ${detail}`)).toBe(true);
    expect(error.message.endsWith(`(request id req_${status})`)).toBe(true);
    expect(String(error.stack).startsWith(`${Class.kind}: ${status} ${detail}`)).toBe(true);
  });

  it('a 403 that mentions the quota is TerrapinQuotaExceededError (a PermissionDenied)', async () => {
    const byDetail = await failWith(
      apiError(403, 'Monthly ISIN quota exhausted: 3000 of 3000 used', { reason: 'quota_exhausted' }),
    );
    expect(byDetail).toBeInstanceOf(TerrapinQuotaExceededError);
    expect(byDetail).toBeInstanceOf(TerrapinPermissionDeniedError);
    expect((byDetail as TerrapinQuotaExceededError).local).toBe(false);
    expect(byDetail.message).toBe(
      '403 Monthly ISIN quota exhausted: 3000 of 3000 used. The monthly distinct-ISIN quota resets with the next billing month (request id req_403)',
    );
    await server.close();
    const byReason = await failWith(apiError(403, 'Forbidden', { reason: 'QUOTA_EXCEEDED' }));
    expect(byReason).toBeInstanceOf(TerrapinQuotaExceededError);
  });

  it('adds its hint without doubling the full stop the API already wrote', async () => {
    const error = await failWith(apiError(403, 'Monthly ISIN quota exhausted: 3000 of 3000 used.'));
    expect(error.message).toBe(
      '403 Monthly ISIN quota exhausted: 3000 of 3000 used. The monthly distinct-ISIN quota resets with the next billing month (request id req_403)',
    );
  });

  it('a 422 names every pointer, in the API’s words', async () => {
    const error = await failWith({
      status: 422,
      headers: { 'request-id': 'req_123' },
      body: {
        errors: [
          { title: 'Invalid value', detail: 'Invalid ISIN check digit', source: { pointer: '/isins/0' } },
          { title: 'Unknown field', detail: 'Unknown field foo', source: { pointer: '/foo' } },
        ],
      },
    });
    expect(error.message).toBe(
      '422 Invalid value at /isins/0: Invalid ISIN check digit; Unknown field at /foo: Unknown field foo (request id req_123)',
    );
    expect(error.errors[0]).toEqual({
      title: 'Invalid value',
      detail: 'Invalid ISIN check digit',
      pointer: '/isins/0',
      source: { pointer: '/isins/0' },
    });
  });

  it('a 401 says how to fix it', async () => {
    const error = await failWith(apiError(401, 'Incorrect or no bearer token'));
    expect(error.message).toBe(
      '401 Incorrect or no bearer token. Check the apiKey passed to createTerrapinClient() or the TERRAPIN_API_KEY environment variable (request id req_401)',
    );
  });

  it('a 429 carries retryAfterMs and the parsed rate limit', async () => {
    const error = (await failWith(
      apiError(
        429,
        'Rate limit exceeded',
        {},
        { 'retry-after': '23', ratelimit: 'limit=100, remaining=0, reset=23' },
      ),
    )) as TerrapinRateLimitError;
    expect(error.retryAfterMs).toBe(23_000);
    expect(error.rateLimit).toEqual({ limit: 100, remaining: 0, resetMs: 23_000, policy: null });
  });

  it('an HTML 502 keeps the page (truncated) as body and shows a glimpse', async () => {
    const html = `<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1>${'x'.repeat(5000)}</body></html>`;
    const error = await failWith({
      status: 502,
      headers: { 'content-type': 'text/html', 'request-id': 'req_gw' },
      body: html,
    });
    expect(error).toBeInstanceOf(TerrapinServerError);
    expect(error.message).toMatch(
      /^502 Bad Gateway: unexpected body "502 Bad Gateway 502 Bad Gateway x+…" \(request id req_gw\)$/,
    );
    expect(error.body!.startsWith('<html>')).toBe(true);
    expect(error.body!.length).toBeLessThan(2100);
    expect(error.headers['content-type']).toBe('text/html');
  });

  it('an empty 502 says so', async () => {
    const error = await failWith({ status: 502 });
    expect(error.message).toBe('502 Bad Gateway: empty body');
    expect(error.body).toBe('');
  });

  it('toJSON is a plain, useful summary', async () => {
    const error = await failWith(apiError(404, 'Unknown document key'));
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'TerrapinNotFoundError',
      message: '404 Unknown document key (request id req_404)',
      status: 404,
      errors: [{ detail: 'Unknown document key' }],
      requestId: 'req_404',
    });
  });
});

describe('2xx bodies that are not the envelope', () => {
  it.each([
    ['malformed JSON', '{"data": [', /with a body that is not JSON/],
    ['empty body', '', /with an empty body/],
    ['JSON without data', { items: [] }, /without the \{ data, total \} envelope/],
  ])('%s → TerrapinResponseValidationError, never a SyntaxError', async (_, body, message) => {
    const error = await failWith({ status: 200, body, headers: { 'request-id': 'req_bad' } });
    expect(error).toBeInstanceOf(TerrapinResponseValidationError);
    expect(error.message).toMatch(message);
    expect(error.message).toMatch(/\(request id req_bad\)$/);
  });

  it("schema drift throws by default, warns with 'warn', passes with 'off'", async () => {
    server = await startServer(() => ok([{ isin: 42 }]));
    const thrown = await testClient(server.url)
      .bonds.reference({ isins: [A!] })
      .catch((e) => e);
    expect(thrown).toBeInstanceOf(TerrapinResponseValidationError);
    expect(thrown.errors[0].pointer).toBe('/data/0/isin');
    expect(thrown.message).toBe(
      "Response of bond_reference does not match the contract: Invalid value at /data/0/isin: Invalid string. Got: integer. Pass validateResponses: 'warn' to accept it (request id req_ok)",
    );
    const warn = vi.fn();
    const warned = await testClient(server.url, {
      validateResponses: 'warn',
      logger: { warn },
    }).bonds.reference({ isins: [A!] });
    expect(warned.data).toEqual([{ isin: 42 }]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/does not match the contract/));
    const off = await testClient(server.url, { validateResponses: 'off' }).bonds.reference({ isins: [A!] });
    expect(off.total).toBe(1);
  });
});

describe('type guards', () => {
  it('recognise errors from another bundled copy of core (brand + kind)', () => {
    // A second copy: same global symbol, same kinds, different classes.
    const brand = Symbol.for('terrapin.error');
    class OtherTerrapinError extends Error {
      static kind = 'TerrapinError';
      get [brand]() {
        return true;
      }
    }
    class OtherApiError extends OtherTerrapinError {
      static override kind = 'TerrapinApiError';
    }
    class OtherRateLimitError extends OtherApiError {
      static override kind = 'TerrapinRateLimitError';
    }
    const foreign = new OtherRateLimitError('429');
    expect(foreign instanceof TerrapinError).toBe(false);
    expect(isTerrapinError(foreign)).toBe(true);
    expect(isTerrapinApiError(foreign)).toBe(true);
    expect(TerrapinRateLimitError.is(foreign)).toBe(true);
    expect(TerrapinServerError.is(foreign)).toBe(false);
    expect(isTerrapinError(new Error('x'))).toBe(false);
    expect(TerrapinApiError.is({ status: 500 })).toBe(false);
  });
});
