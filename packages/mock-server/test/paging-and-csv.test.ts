import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { toCsv } from '../src/format/csv';
import { createMockServer, type MockServer } from '../src/index';
import { post, rows, total } from './helpers';

let mock: MockServer;
beforeAll(async () => {
  mock = await createMockServer({ rateLimit: false });
});
afterAll(() => mock.close());

describe('paging (CONTRACT.md §6)', () => {
  test.each(['bond_search', 'agency_search', 'muni_search'])(
    '%s: pages of limit/offset add up to total',
    async (name) => {
      const all = await post(mock, name, { limit: 1000 });
      const count = total(all);
      expect(count).toBeGreaterThan(250);
      const seen: string[] = [];
      for (let offset = 0; offset < 250; offset += 100) {
        const reply = await post(mock, name, { limit: 100, offset });
        expect(total(reply)).toBe(count);
        seen.push(...rows<{ isin: string }>(reply).map((r) => r.isin));
      }
      expect(seen).toEqual(
        rows<{ isin: string }>(all)
          .slice(0, 300)
          .map((r) => r.isin),
      );
      const last = await post(mock, name, { limit: 100, offset: count - 5 });
      expect(rows(last)).toHaveLength(5);
      expect(rows(await post(mock, name, { limit: 100, offset: count + 10 }))).toEqual([]);
    },
  );

  test.each(['bond_search', 'agency_search', 'muni_search'])(
    '%s: limit 0 returns only the total',
    async (name) => {
      const reply = await post(mock, name, { limit: 0 });
      expect(reply.json).toEqual({ data: [], total: expect.any(Number) });
      expect(total(reply)).toBeGreaterThan(0);
    },
  );

  test('no response carries more than 1000 rows', async () => {
    const muni = await post(mock, 'muni_search', { limit: -1, include_bonds_without_os: true });
    expect(rows(muni)).toHaveLength(1000);
    expect(total(muni)).toBeGreaterThanOrEqual(5000);
    expect(
      rows(await post(mock, 'bond_search', { limit: 5000, include_non_outstanding: true })),
    ).toHaveLength(1000);
    const history = await post(mock, 'bond_pricing_history', {
      isin: 'XS2724510792',
      start_date: '2000-01-01',
      end_date: '2026-12-31',
    });
    expect(rows(history).length).toBeLessThanOrEqual(1000);
    expect(total(history)).toBeGreaterThanOrEqual(rows(history).length);
    const factors = await post(mock, 'inflation_factors', { country: 'US' });
    expect(rows(factors)).toHaveLength(1000);
    expect(total(factors)).toBeGreaterThan(1000);
  });

  test('muni_entity_search: limit 1–50, default 10, total counts every match', async () => {
    const reply = await post(mock, 'muni_entity_search', { search_query: 'Texas' });
    expect(rows(reply).length).toBeLessThanOrEqual(10);
    const fifty = await post(mock, 'muni_entity_search', { search_query: 'a', limit: 50 });
    expect(rows(fifty)).toHaveLength(50);
    expect(total(fifty)).toBeGreaterThan(50);
  });
});

describe('CSV (CONTRACT.md §7)', () => {
  test('Accept: text/csv returns CSV on the operations documented to support it', async () => {
    const reply = await post(
      mock,
      'muni_search',
      { states: ['KS'], limit: 5 },
      { headers: { accept: 'text/csv' } },
    );
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const lines = reply.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'coupon,has_official_statement,interest_type,is_callable,isin,issuer_name,maturity_date,rating_group,state,ticker',
    );
    expect(lines).toHaveLength(6);
    expect(lines.slice(1).every((l) => l.includes(',KS,'))).toBe(true);
    const series = await post(
      mock,
      'muni_bonds_in_series',
      { isin: 'US794760LQ96' },
      { headers: { accept: 'text/csv' } },
    );
    // A comma inside a value is quoted (RFC 4180).
    expect(series.text).toContain(',US794760LQ96,"SALINA AIRPORT AUTHORITY (SALINA, KANSAS)",2043-09-01,');
  });

  test('JSON stays the default; an Accept the operation cannot answer is a 406 with the error envelope', async () => {
    expect((await post(mock, 'muni_search', { limit: 1 })).headers.get('content-type')).toMatch(
      /^application\/json/,
    );
    // bond_pricing_latest declares JSON only, so CSV is not acceptable (spec: no Accept parameter, no text/csv).
    const bond = await post(
      mock,
      'bond_pricing_latest',
      { isins: ['XS2724510792'] },
      { headers: { accept: 'text/csv' } },
    );
    expect(bond.status).toBe(406);
    expect(bond.headers.get('content-type')).toMatch(/^application\/json/);
    expect((bond.json as { errors: { detail: string }[] }).errors[0]?.detail).toMatch(/application\/json/);
    const html = await post(mock, 'muni_search', { limit: 1 }, { headers: { accept: 'text/html' } });
    expect(html.status).toBe(406);
    // What the client and proxy send, and content negotiation's wildcards and q-values, still work.
    for (const accept of ['application/json', '*/*', 'application/*', 'text/html, application/json;q=0.5']) {
      const ok = await post(mock, 'muni_search', { limit: 1 }, { headers: { accept } });
      expect([accept, ok.status, ok.headers.get('content-type')]).toEqual([
        accept,
        200,
        'application/json; charset=utf-8',
      ]);
    }
    const csvPreferred = await post(
      mock,
      'muni_search',
      { limit: 1 },
      { headers: { accept: 'application/json;q=0.4, text/csv' } },
    );
    expect(csvPreferred.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const errors = await post(
      mock,
      'muni_reference',
      { isins: ['bad'] },
      { headers: { accept: 'text/csv' } },
    );
    expect(errors.status).toBe(422);
    expect(errors.headers.get('content-type')).toMatch(/^application\/json/);
  });

  test('toCsv quotes what needs quoting', () => {
    expect(toCsv([{ a: 'x,y', b: 'say "hi"', c: null, d: [1, 2], e: true }, { f: ' pad' }])).toBe(
      'a,b,c,d,e,f\r\n"x,y","say ""hi""",,"[1,2]",true,\r\n,,,,," pad"\r\n',
    );
    expect(toCsv([])).toBe('');
  });
});
