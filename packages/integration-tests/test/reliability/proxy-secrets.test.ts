// Issue 10 "secrets", proxy side: the canary is the server's API key (the mock accepts it), and every answer a
// browser can get from the proxy — successes of every allowed operation (the streamed document too), cache hits,
// `GET /_status`, each refusal of the proxy's own checks, the API's errors and every injected fault — is scanned,
// status line, headers and body, along with the onError events and console output. 0 occurrences. (The fault
// matrix scans its answers too; test/setup.ts re-checks everything remembered when the file ends.)
import { inspect } from 'node:util';
import { createTerrapinClient, type OperationName } from '@terrapin/core';
import type { TerrapinErrorEvent } from '@terrapin/express-middleware';
import { createMockServer, FAULT_KINDS, type MockServer } from '@terrapin/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, everythingSeen, rememberLog } from '../support/canary';
import { type ListeningProxy, listenProxy } from '../support/listen';

const CANARY_CORE = '9f8e7d6c';
const ALLOW: OperationName[] = [
  'bond_search',
  'bond_reference',
  'bond_pricing_history',
  'muni_search',
  'muni_documents',
  'download_document',
];

let mock: MockServer;
let proxy: ListeningProxy;
const events: TerrapinErrorEvent[] = [];
const answers: string[] = [];

async function post(path: string, body: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${proxy.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-user': 'alice', ...headers },
    body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const seen = `${response.status} ${JSON.stringify(Object.fromEntries(response.headers))} ${bytes.toString('latin1')}`;
  answers.push(seen);
  rememberLog(`proxy answer ${seen}`);
  return { status: response.status, text: bytes.toString('utf8') };
}
const postJson = (operation: string, body: unknown, headers?: Record<string, string>) =>
  post(`/${operation}`, JSON.stringify(body), headers);

beforeAll(async () => {
  mock = await createMockServer({
    apiKeys: [CANARY_KEY],
    seed: 77,
    dataset: { bonds: 200, agency: 20, munis: 200 },
    rateLimit: { limit: 1_000, windowMs: 1000 },
    quota: false,
    faults: { timeoutMs: 5_000, retryAfterMs: 1000 },
  });
  proxy = await listenProxy({
    apiKey: CANARY_KEY,
    baseUrl: mock.url,
    maxRetries: 1,
    retryBaseDelayMs: 1,
    timeout: 300,
    allow: ALLOW,
    identify: (req) => req.get('x-user') ?? null,
    userRateLimit: { limit: 40, windowMs: 60_000 },
    userMonthlyIsinBudget: 3,
    onError: (event) => {
      events.push(event);
      rememberLog(`onError ${inspect(event, { depth: Infinity, showHidden: true })}`);
    },
  });
});

afterAll(async () => {
  await proxy?.close();
  await mock?.close();
});

describe('the server key never reaches the browser', () => {
  it('in successes, cache hits, streamed documents and /_status', async () => {
    const search = await postJson('bond_search', { limit: 5 });
    expect(search.status).toBe(200);
    const isin = JSON.parse(search.text).data[0].isin as string;
    expect((await postJson('bond_reference', { isins: [isin] })).status).toBe(200);
    expect((await postJson('bond_reference', { isins: [isin] })).status).toBe(200); // cache hit
    const today = new Date().toISOString().slice(0, 10);
    await postJson('bond_pricing_history', { isin, start_date: '2024-01-01', end_date: today });
    const munis = JSON.parse((await postJson('muni_search', { limit: 20 })).text).data as Array<{
      isin: string;
    }>;
    let downloaded = false;
    for (const { isin: muni } of munis) {
      const docs = await postJson('muni_documents', { isin: muni, document_type: 'official_statement' });
      const first = JSON.parse(docs.text).data?.[0];
      if (first?.file_id) {
        expect((await postJson('download_document', { file_id: first.file_id })).status).toBe(200);
        downloaded = true;
        break;
      }
    }
    expect(downloaded).toBe(true);
    const status = await fetch(`${proxy.baseUrl}/_status`);
    rememberLog(`status ${JSON.stringify(Object.fromEntries(status.headers))} ${await status.text()}`);
    // The browser's own client through the proxy: results and hook payloads.
    const browser = createTerrapinClient({
      baseUrl: proxy.baseUrl,
      defaultHeaders: { 'x-user': 'carol' },
      onResponse: (info) => rememberLog(`browser hook ${inspect(info, { depth: Infinity })}`),
    });
    rememberLog(inspect(await browser.bonds.reference({ isins: [isin] }), { depth: Infinity }));
  });

  it("in the proxy's own refusals", async () => {
    await postJson('bond_cashflows', { isins: ['US0378331005'] }); // not allowed: 404
    await post('/bond_reference', 'isins=US0378331005', {
      'content-type': 'application/x-www-form-urlencoded',
    }); // 415
    await post('/bond_reference', '{"isins": [', {}); // 400
    await post('/bond_reference', JSON.stringify({ isins: ['x'.repeat(200_000)] })); // 413
    await postJson('bond_reference', { isins: ['US912810TM06'] }); // 422 check digit
    await postJson('bond_reference', { isins: ['US0378331005'], api_key: CANARY_KEY }); // 422 unknown field
    await postJson('bond_search', { limit: -1 }); // 422 cap
    for (let i = 0; i < 45; i++) await postJson('bond_search', { limit: 1 }, { 'x-user': 'greedy' }); // 429
    const { data } = JSON.parse((await postJson('bond_search', { limit: 5 }, { 'x-user': 'bob' })).text);
    await postJson(
      'bond_reference',
      { isins: data.map((r: { isin: string }) => r.isin) },
      { 'x-user': 'bob' },
    ); // 403
    expect(answers.some((a) => a.startsWith('429 '))).toBe(true);
    expect(answers.some((a) => a.startsWith('403 '))).toBe(true);
  });

  it.each(FAULT_KINDS.filter((kind) => kind !== 'slow'))('in the answer to an upstream %s', async (kind) => {
    mock.injectFault(kind, 2);
    await postJson('bond_search', { limit: 1 }, { 'x-user': `fault-${kind}` });
  });

  it('in the API errors relayed (401 when the key is revoked, 404 document)', async () => {
    await postJson('download_document', { file_id: 'missing' }, { 'x-user': 'dave' });
    mock.revokeApiKey(CANARY_KEY);
    try {
      const revoked = await postJson('bond_search', { limit: 1 }, { 'x-user': 'erin' });
      expect(revoked.status).toBe(502);
    } finally {
      mock.addApiKey(CANARY_KEY);
    }
  });

  it('in anything collected above', () => {
    expect(events.length).toBeGreaterThan(5);
    const leaks = [...everythingSeen(), ...answers].filter(
      (t) => t.includes(CANARY_KEY) || t.includes(CANARY_CORE),
    );
    expect(leaks.map((l) => l.slice(0, 300))).toEqual([]);
    process.stdout.write(
      `[secrets] proxy: ${answers.length} answers and ${events.length} onError events scanned, 0 occurrences of the canary\n`,
    );
  });
});
