import { cusipToIsin, isValidCusip, isValidFigi, isValidIsin, isValidLei } from '@terrapin/core/identifiers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { USE_OF_FUNDS } from '../src/data/fixtures/taxonomy';
import { createMockServer, type MockServer } from '../src/index';
import { post, rows, total } from './helpers';

type Row = Record<string, unknown>;

let mock: MockServer;
let bonds: Row[];
let agency: Row[];
let munis: Row[];

async function everything(name: string, body: Row): Promise<Row[]> {
  const out: Row[] = [];
  for (let offset = 0; ; offset += 1000) {
    const reply = await post(mock, name, { ...body, full_reference_data: true, limit: 1000, offset });
    out.push(...rows(reply));
    if (offset + 1000 >= total(reply)) return out;
  }
}

beforeAll(async () => {
  mock = await createMockServer({ rateLimit: false, quota: false });
  bonds = await everything('bond_search', { include_non_outstanding: true });
  agency = await everything('agency_search', {});
  munis = await everything('muni_search', { include_bonds_without_os: true });
}, 60_000);
afterAll(() => mock.close());

describe('the default dataset', () => {
  test('has at least 2,000 gov/corp, 1,000 agency and 5,000 municipal bonds, all reachable', () => {
    expect(mock.dataset).toMatchObject({ seed: 42, bonds: 2005, agency: 1001, munis: 5000 });
    expect(bonds).toHaveLength(mock.dataset.bonds);
    expect(agency).toHaveLength(mock.dataset.agency);
    expect(munis).toHaveLength(mock.dataset.munis);
    expect(mock.dataset.muniEntities).toBeGreaterThan(500);
  });

  test('ISINs are unique with valid check digits; CUSIPs, FIGIs and LEIs too', () => {
    const isins = [...bonds, ...agency, ...munis].map((r) => r.isin as string);
    expect(new Set(isins).size).toBe(isins.length);
    expect(isins.filter((isin) => !isValidIsin(isin))).toEqual([]);
    const figis = [...bonds, ...agency, ...munis].map((r) => r.figi).filter((f) => f != null);
    expect(figis.filter((f) => !isValidFigi(f))).toEqual([]);
    const leis = [...bonds, ...agency]
      .flatMap((r) => [r.lei, r.lei_direct_parent, r.lei_ultimate_parent])
      .filter((l) => l != null);
    expect(leis.length).toBeGreaterThan(1000);
    expect(leis.filter((l) => !isValidLei(l))).toEqual([]);
    for (const r of agency) {
      expect(isValidCusip(r.cusip)).toBe(true);
      expect(cusipToIsin(r.cusip as string)).toBe(r.isin);
    }
    for (const r of [...munis, ...bonds.filter((b) => (b.isin as string).startsWith('US'))]) {
      expect(isValidCusip((r.isin as string).slice(2, 11)), r.isin as string).toBe(true);
    }
  });

  test('gov/corp bonds look like a real universe', () => {
    const countries = new Set(bonds.map((b) => b.country));
    for (const c of [
      'Italy',
      'Germany',
      'France',
      'United Kingdom',
      'United States of America',
      'Spain',
      'Netherlands',
    ]) {
      expect(countries.has(c), c).toBe(true);
    }
    for (const ccy of ['EUR', 'USD', 'GBP']) expect(bonds.some((b) => b.currency === ccy)).toBe(true);
    expect(new Set(bonds.map((b) => b.issuer_type))).toEqual(new Set(['government', 'corporate']));
    expect(new Set(bonds.map((b) => b.issuer_name)).size).toBeGreaterThan(80);
    for (const b of bonds) {
      expect(b.coupon as number).toBeGreaterThanOrEqual(0);
      expect(b.coupon as number).toBeLessThan(16);
      expect((b.maturity_date as string) > (b.issue_date as string)).toBe(true);
    }
    expect(bonds.filter((b) => b.is_outstanding === false).length).toBeGreaterThan(50);
    expect(bonds.filter((b) => b.handle !== null).length).toBeGreaterThan(100);
  });

  test('agency bonds are Freddie Mac and Fannie Mae paper, mostly callable', () => {
    expect(new Set(agency.map((a) => a.issuer_name))).toEqual(
      new Set(['FEDERAL HOME LOAN MORTGAGE CORPORATION', 'FEDERAL NATIONAL MORTGAGE ASSOCIATION']),
    );
    const callable = agency.filter((a) => a.is_callable).length;
    expect(callable / agency.length).toBeGreaterThan(0.5);
    expect(agency.filter((a) => a.is_callable).every((a) => typeof a.first_call_date === 'string')).toBe(
      true,
    );
  });

  test('municipal bonds span the states, with use of funds from the taxonomy', () => {
    expect(new Set(munis.map((m) => m.state)).size).toBeGreaterThan(40);
    for (const m of munis) {
      const [sector] = m.use_sectors as string[];
      const [category] = m.use_categories as string[];
      const categories = USE_OF_FUNDS[sector!];
      expect(categories, sector).toBeDefined();
      expect(categories![category!], category).toBeDefined();
      for (const use of m.uses_of_proceeds as string[]) expect(categories![category!]).toContain(use);
    }
    expect(
      new Set(munis.map((m) => m.use_sectors && (m.use_sectors as string[])[0])).size,
    ).toBeGreaterThanOrEqual(8);
    expect(new Set(munis.map((m) => m.source_of_repayment))).toEqual(
      new Set(['General Obligation', 'Double Barrel', 'Revenue']),
    );
    expect(new Set(munis.map((m) => m.interest_type)).size).toBeGreaterThanOrEqual(5);
  });

  test('the same seed gives the same data, another seed other data', async () => {
    const same = await createMockServer({ rateLimit: false, quota: false });
    const other = await createMockServer({
      seed: 7,
      rateLimit: false,
      quota: false,
      dataset: { bonds: 300, agency: 100, munis: 500 },
    });
    try {
      const body = { isins: bonds.slice(500, 520).map((b) => b.isin) };
      const history = { isin: bonds[600]!.isin, start_date: '2024-01-01', end_date: '2024-12-31' };
      for (const [name, request] of [
        ['bond_reference', body],
        ['bond_pricing_history', history],
        ['muni_search', { limit: 50 }],
        ['muni_pricing_daily_history', { trade_date: '2025-03-03' }],
      ] as const) {
        expect((await post(same, name, request)).json).toEqual((await post(mock, name, request)).json);
      }
      const mine = rows(await post(mock, 'bond_search', { limit: 20 }));
      expect(rows(await post(other, 'bond_search', { limit: 20 }))).not.toEqual(mine);
    } finally {
      await Promise.all([same.close(), other.close()]);
    }
  });
});

describe('large universes', () => {
  // Narrow ISIN styles (US Treasuries: 1,156 issue numbers under 91282C) ran out past ~15k bonds, and the
  // generator drew forever: a 20k or 100k-bond mock (the bulk-job benchmarks' size) never started.
  test('a 20,000-bond universe starts, with distinct, valid ISINs and CUSIPs', async () => {
    const large = await createMockServer({
      rateLimit: false,
      quota: false,
      dataset: { bonds: 20_000, agency: 10, munis: 10 },
    });
    try {
      const isins = new Set<string>();
      for (let offset = 0; ; offset += 1000) {
        const reply = await post(large, 'bond_search', {
          include_non_outstanding: true,
          limit: 1000,
          offset,
        });
        for (const row of rows(reply)) isins.add(String(row.isin));
        if (offset + 1000 >= total(reply)) break;
      }
      expect(isins.size).toBeGreaterThanOrEqual(20_000);
      const us = [...isins].filter((isin) => isin.startsWith('US'));
      expect(us.length).toBeGreaterThan(1_156);
      expect([...isins].every(isValidIsin)).toBe(true);
      expect(us.every((isin) => isValidCusip(isin.slice(2, 11)))).toBe(true);
    } finally {
      await large.close();
    }
  }, 120_000);
});
