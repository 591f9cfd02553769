// The examples/ scripts, run against the mock server exactly as a user would run them against the API.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMockServer, MOCK_API_KEY, type MockServer } from '@terrapin/mock-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run as bulkExport } from '../../../examples/bulk-reference-export';
import { run as cashflowProjection } from '../../../examples/cashflow-projection';
import { run as resilientBatch } from '../../../examples/resilient-batch';
import { run as stateMunis } from '../../../examples/state-munis';
import { run as twoProxies } from '../../../examples/two-proxies-shared-redis';

let mock: MockServer;
const lines: string[] = [];
const log = (line: string) => {
  lines.push(line);
  console.log(`  example> ${line}`);
};
const client = () => ({ apiKey: MOCK_API_KEY, baseUrl: mock.url, retryBaseDelayMs: 5 });

beforeAll(async () => {
  mock = await createMockServer({ rateLimit: false });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  lines.length = 0;
});

async function someIsins(n: number): Promise<string[]> {
  const res = await fetch(`${mock.url}/api/v1/bond_search`, {
    method: 'POST',
    headers: { authorization: `Bearer ${MOCK_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ limit: n }),
  });
  const body = (await res.json()) as { data: { isin: string }[] };
  return body.data.map((b) => b.isin);
}

describe('examples against the mock', () => {
  it('bulk-reference-export: estimates first, exports every ISIN, spends exactly the estimate', async () => {
    const isins = await someIsins(250);
    const out = join(mkdtempSync(join(tmpdir(), 'terrapin-export-')), 'reference.ndjson');
    const result = await bulkExport({ isins, budget: 300, out, client: client(), log });
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { isin: string });
    expect(rows.map((r) => r.isin).sort()).toEqual([...isins].sort());
    expect(result).toEqual({ exported: 250, newIsins: 250 });
    expect(mock.state.quotaUsed()).toBe(250);
    expect(lines[0]).toBe('250 ISINs: 250 new this month, 0 already counted');
  });

  it('bulk-reference-export: refuses an export over budget before sending anything', async () => {
    const isins = await someIsins(50);
    const before = mock.state.requestCount;
    await expect(
      bulkExport({ isins, budget: 10, out: '/nonexistent/never-written', client: client(), log }),
    ).rejects.toThrow('export needs 50 new ISINs, the budget allows 10: nothing sent');
    expect(mock.state.requestCount).toBe(before);
  });

  it('state-munis: the paging iterator returns every muni of the state, each once', async () => {
    const count = await fetch(`${mock.url}/api/v1/muni_search`, {
      method: 'POST',
      headers: { authorization: `Bearer ${MOCK_API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ states: ['KS'], limit: 0 }),
    });
    const { total } = (await count.json()) as { total: number };
    expect(total).toBeGreaterThan(0);
    const { isins, issuers } = await stateMunis({ state: 'KS', pageSize: 7, client: client(), log });
    expect(isins).toHaveLength(total);
    expect(new Set(isins).size).toBe(total);
    expect(issuers).toBeGreaterThan(0);
    const pages = mock.state.requests.filter((r) => r.operation === 'muni_search');
    expect(pages.length).toBe(1 + Math.ceil(total / 7)); // the count above, then one request per page
  });

  it('resilient-batch: faults injected, nothing lost, resumed from pending', async () => {
    const isins = await someIsins(200);
    mock.reset();
    // Every chunk's first attempt and first retry fail three times in a row at some point of the job.
    mock.injectFault('502', 3);
    const { prices, rounds } = await resilientBatch({
      isins,
      pauseMs: 10,
      client: { ...client(), maxRetries: 1 },
      log,
    });
    expect(rounds).toBeGreaterThan(1);
    expect(prices.map((p) => p.isin).sort()).toEqual([...isins].sort());
    expect(mock.state.requests.filter((r) => r.fault === '502')).toHaveLength(3);
    expect(lines.some((l) => /ISINs pending$/.test(l))).toBe(true);
  });

  it('two-proxies-shared-redis: two instances share one rate limit and one quota ledger', async () => {
    const limited = await createMockServer({ rateLimit: { limit: 4, windowMs: 1000 } });
    try {
      const isins = (await someIsins(10)).slice(0, 10);
      const { statuses, quotaSeen } = await twoProxies({
        redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
        prefix: `terrapin-docs-test-${randomBytes(6).toString('hex')}:`,
        isins,
        apiKey: MOCK_API_KEY,
        baseUrl: limited.url,
        log,
      });
      expect(statuses).toEqual(isins.map(() => 200));
      // Paced together: the API never had to refuse one of them.
      expect(limited.state.requests.filter((r) => r.status === 429)).toEqual([]);
      expect(limited.state.requests).toHaveLength(10);
      expect(quotaSeen).toEqual([10, 10]);
    } finally {
      await limited.close();
    }
  });

  it('cashflow-projection: coupons and redemptions per year, redemption = nominal', async () => {
    const holdings = [
      { isin: 'XS2724510792', nominal: 100_000 },
      { isin: 'XS2327414061', nominal: 250_000 },
    ];
    const years = await cashflowProjection({ holdings, settlement: '2025-03-14', client: client(), log });
    const principal = years.reduce((sum, y) => sum + y.principal, 0);
    expect(principal).toBeCloseTo(350_000, 6);
    expect(years.every((y) => y.interest >= 0)).toBe(true);
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort());
    expect(years[0]!.year).toBe('2025');
  });
});
