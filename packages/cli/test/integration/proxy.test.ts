import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startForwardProxy } from '../helpers/forward-proxy';
import { assertBuilt } from '../helpers/spawn-cli';
import { CANARY, json, startMock, terrapin } from './mock';

let mock: Awaited<ReturnType<typeof startMock>>;
let proxy: Awaited<ReturnType<typeof startForwardProxy>>;
beforeAll(async () => {
  assertBuilt();
  mock = await startMock({ rateLimit: false, quota: false, apiKeys: [CANARY] });
  proxy = await startForwardProxy();
});
afterAll(async () => {
  await proxy?.close();
  await mock?.close();
});

const search = ['bonds', 'search', '--limit', '2', '--format', 'json'];

describe('corporate HTTP proxies (HTTP_PROXY / HTTPS_PROXY / NO_PROXY)', () => {
  test('requests go through the proxy the environment names', async () => {
    const before = proxy.records.length;
    const r = await terrapin(mock.url, search, { key: CANARY, env: { HTTP_PROXY: proxy.url } });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).data).toHaveLength(2);
    const records = proxy.records.slice(before);
    const port = new URL(mock.url).port;
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      method: 'CONNECT',
      target: `127.0.0.1:${port}`,
      inner: { method: 'POST', path: '/api/v1/bond_search', authorization: `Bearer ${CANARY}` },
    });
    // Lower-case names are read too (curl's convention), HTTPS_PROXY alone covers nothing for http://.
    const lower = await terrapin(mock.url, search, { key: CANARY, env: { http_proxy: proxy.url } });
    expect(lower.code).toBe(0);
    expect(proxy.records.length).toBe(before + 2);
  });

  test('NO_PROXY bypasses it', async () => {
    const before = proxy.records.length;
    for (const noProxy of ['127.0.0.1', 'localhost,127.0.0.1', '*']) {
      const r = await terrapin(mock.url, search, {
        key: CANARY,
        env: { HTTP_PROXY: proxy.url, HTTPS_PROXY: proxy.url, NO_PROXY: noProxy },
      });
      expect(r.code, r.stderr).toBe(0);
      expect(json(r).data).toHaveLength(2);
    }
    expect(proxy.records.length).toBe(before);
  });

  test('without proxy variables nothing goes through it; a dead proxy is a network error (exit 6)', async () => {
    const before = proxy.records.length;
    const direct = await terrapin(mock.url, search, { key: CANARY });
    expect(direct.code).toBe(0);
    expect(proxy.records.length).toBe(before);
    const dead = await terrapin(mock.url, [...search, '--max-retries', '0'], {
      key: CANARY,
      env: { HTTP_PROXY: 'http://user:proxy-secret-pw@127.0.0.1:9' },
    });
    expect(dead.code).toBe(6);
    expect(dead.stderr).not.toContain('proxy-secret-pw');
  });
});
