import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MOCK_API_KEY, type MockServer } from '../src/index';
import { post, startMock } from './helpers';

const UNAUTHORIZED = '{"errors":[{"detail":"Incorrect or no bearer token"}]}';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ apiKeys: [MOCK_API_KEY, 'tpk_second_key'], faults: { slowMs: 300 } });
});
afterAll(() => mock.close());

describe('authentication (CONTRACT.md §1, §3)', () => {
  test.each([
    ['no Authorization header', { key: null }],
    ['a malformed header (wrong scheme)', { key: null, headers: { authorization: `Basic ${MOCK_API_KEY}` } }],
    ['a bearer without a token', { key: null, headers: { authorization: 'Bearer' } }],
    ['an unknown key', { key: 'tpk_live_not_a_key' }],
  ])('401 with exactly the documented body for %s', async (_, options) => {
    const reply = await post(mock, 'bond_reference', { isins: ['XS2724510792'] }, options);
    expect(reply.status).toBe(401);
    expect(reply.text).toBe(UNAUTHORIZED);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(reply.headers.get('request-id')).toBeTruthy();
  });

  test('the scheme is case-insensitive and every configured key works', async () => {
    expect(
      (
        await post(
          mock,
          'bond_reference',
          { isins: ['XS2724510792'] },
          { key: null, headers: { authorization: `bearer ${MOCK_API_KEY}` } },
        )
      ).status,
    ).toBe(200);
    expect(
      (await post(mock, 'bond_reference', { isins: ['XS2724510792'] }, { key: 'tpk_second_key' })).status,
    ).toBe(200);
  });

  test('a revoked key fails at once, a new key works at once', async () => {
    mock.addApiKey('tpk_temporary');
    expect(
      (await post(mock, 'convert_to_isin', { identifiers: ['037833100'] }, { key: 'tpk_temporary' })).status,
    ).toBe(200);
    mock.revokeApiKey('tpk_temporary');
    expect(
      (await post(mock, 'convert_to_isin', { identifiers: ['037833100'] }, { key: 'tpk_temporary' })).text,
    ).toBe(UNAUTHORIZED);
  });

  test('a key revoked while its request is in flight gets a 401', async () => {
    mock.addApiKey('tpk_in_flight');
    const pending = post(
      mock,
      'convert_to_isin',
      { identifiers: ['037833100'] },
      { key: 'tpk_in_flight', headers: { 'x-mock-fault': 'slow' } },
    );
    await new Promise((r) => setTimeout(r, 100));
    mock.revokeApiKey('tpk_in_flight');
    const reply = await pending;
    expect(reply.status).toBe(401);
  }, 10_000);
});

describe('routing', () => {
  test('unknown paths get a 404 envelope', async () => {
    for (const path of ['/api/v1/bond_lookup', '/', '/api/v2/bond_search', '/api/v1/']) {
      const reply = await post(mock, path, {});
      expect(reply.status, path).toBe(404);
      expect((reply.json as { errors: { detail: string }[] }).errors[0]?.detail).toMatch(/Not found/);
      expect(reply.headers.get('request-id')).toBeTruthy();
    }
  });

  test('other methods on an operation get a 405 with Allow: POST', async () => {
    for (const method of ['GET', 'PUT', 'DELETE', 'PATCH']) {
      const reply = await post(mock, 'bond_search', undefined, { method });
      expect(reply.status, method).toBe(405);
      expect(reply.headers.get('allow')).toBe('POST');
      expect((reply.json as { errors: unknown[] }).errors).toHaveLength(1);
    }
  });

  test('every response carries a distinct request-id', async () => {
    const replies = await Promise.all([
      post(mock, 'bond_search', { limit: 1 }),
      post(mock, 'bond_search', { limit: 1 }, { key: null }),
      post(mock, '/nowhere', {}),
      post(mock, 'bond_search', '{', { raw: '{' }),
    ]);
    const ids = replies.map((r) => r.headers.get('request-id'));
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a trailing slash and a query string still reach the operation', async () => {
    expect((await post(mock, '/api/v1/bond_search/?x=1', { limit: 1 })).status).toBe(200);
  });
});
