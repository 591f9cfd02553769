import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, type MockServer } from '../src/index';
import { post, rows, total } from './helpers';

type Row = Record<string, unknown>;
let mock: MockServer;
const search = async (name: string, body: Row) => {
  const reply = await post(mock, name, { limit: 1000, ...body });
  expect(reply.status, reply.text.slice(0, 300)).toBe(200);
  return rows(reply);
};

beforeAll(async () => {
  mock = await createMockServer({ rateLimit: false });
});
afterAll(() => mock.close());

describe('bond_search filters', () => {
  test('countries by name, partial and case-insensitive', async () => {
    const italy = await search('bond_search', { countries: ['ital'] });
    expect(italy.length).toBeGreaterThan(50);
    expect(new Set(italy.map((r) => r.country))).toEqual(new Set(['Italy']));
    expect(new Set((await search('bond_search', { countries: ['United'] })).map((r) => r.country))).toEqual(
      new Set(['United Kingdom', 'United States of America']),
    );
  });

  test('coupon and maturity ranges, currencies, issuers', async () => {
    const found = await search('bond_search', {
      coupon_min: 3,
      coupon_max: 4,
      maturity_date_min: '2030-01-01',
      maturity_date_max: '2035-12-31',
      currencies: ['eur'],
    });
    expect(found.length).toBeGreaterThan(5);
    for (const r of found) {
      expect(r.coupon as number).toBeGreaterThanOrEqual(3);
      expect(r.coupon as number).toBeLessThanOrEqual(4);
      expect((r.maturity_date as string) >= '2030-01-01' && (r.maturity_date as string) <= '2035-12-31').toBe(
        true,
      );
      expect(r.currency).toBe('EUR');
    }
    const banks = await search('bond_search', { issuers: ['deutsche'] });
    expect(new Set(banks.map((r) => r.issuer_name))).toEqual(
      new Set(['DEUTSCHE BANK AG', 'DEUTSCHE TELEKOM AG', 'DEUTSCHE BAHN FINANCE GMBH']),
    );
  });

  test('outstanding by default; flags, handles, types and identifiers', async () => {
    const outstanding = await search('bond_search', { full_reference_data: true });
    expect(outstanding.every((r) => r.is_outstanding === true)).toBe(true);
    const all = await post(mock, 'bond_search', { include_non_outstanding: true, limit: 0 });
    expect(total(all)).toBeGreaterThan(outstanding.length);
    expect(
      (await search('bond_search', { include_callable: false, full_reference_data: true })).some(
        (r) => r.is_callable,
      ),
    ).toBe(false);
    const bunds = await search('bond_search', { handles: ['de_bund'], full_reference_data: true });
    expect(bunds.length).toBeGreaterThan(5);
    expect(
      bunds.every((r) => r.handle === 'de_bund' && r.issuer_name === 'FEDERAL REPUBLIC OF GERMANY'),
    ).toBe(true);
    const zeros = await search('bond_search', {
      interest_types: ['zero rate / discount rate'],
      issuer_types: ['government'],
      include_non_outstanding: true,
      full_reference_data: true,
    });
    expect(zeros.every((r) => r.coupon === 0 && r.issuer_type === 'government')).toBe(true);
    const [one] = await search('bond_search', { isins: ['XS2724510792'] });
    expect(one?.isin).toBe('XS2724510792');
    const byLei = await search('bond_search', {
      leis: ['213800KGF4EFNUQKAT69'],
      include_non_outstanding: true,
    });
    expect(byLei.map((r) => r.isin)).toEqual(['XS2724510792']);
    const recent = await search('bond_search', {
      last_trade_date_min: mock.dataset.dataDate,
      full_reference_data: true,
    });
    expect(recent.length).toBeGreaterThan(100);
  });
});

describe('agency_search filters', () => {
  test('callable flag, agency, coupon range and sort', async () => {
    const found = await search('agency_search', {
      is_callable: false,
      issuer_name: 'FEDERAL NATIONAL MORTGAGE ASSOCIATION',
      coupon_min: 4,
      sort: '-maturity_date',
    });
    expect(found.length).toBeGreaterThan(5);
    for (const r of found) {
      expect(r.is_callable).toBe(false);
      expect(r.issuer_name).toBe('FEDERAL NATIONAL MORTGAGE ASSOCIATION');
      expect(r.interest_rate as number).toBeGreaterThanOrEqual(4);
    }
    const dates = found.map((r) => r.maturity_date as string);
    expect(dates).toEqual([...dates].sort().reverse());
    const issued = await search('agency_search', {
      issue_date_min: '2024-01-01',
      issue_date_max: '2024-06-30',
      full_reference_data: true,
    });
    expect(
      issued.every(
        (r) => (r.issue_date as string) >= '2024-01-01' && (r.issue_date as string) <= '2024-06-30',
      ),
    ).toBe(true);
  });
});

describe('muni_search filters', () => {
  test('states, issuer names (new and old style), interest types', async () => {
    const texas = await search('muni_search', { states: ['tx'] });
    expect(texas.length).toBeGreaterThan(20);
    expect(texas.every((r) => r.state === 'TX')).toBe(true);
    const salina = await search('muni_search', { issuer_name: 'salina airport' });
    expect(salina.map((r) => r.isin).sort()).toEqual(['US794760LM82', 'US794760LQ96']);
    const old = await search('muni_search', { issuers: ['ABAG FINANCE'] });
    expect(old.map((r) => r.isin)).toEqual(['US00037CUQ13']);
    const variable = await search('muni_search', { interest_types: ['variable rate'] });
    expect(variable.length).toBeGreaterThan(0);
    expect(variable.every((r) => r.interest_type === 'variable rate')).toBe(true);
  });

  test('insured, sectors, ranges, sort and official statements', async () => {
    const insured = await search('muni_search', { is_insured: true, full_reference_data: true });
    expect(insured.length).toBeGreaterThan(20);
    expect(insured.every((r) => (r.insurers as string[]).length === 1)).toBe(true);
    const education = await search('muni_search', { sectors: ['education'], full_reference_data: true });
    expect(
      education.every((r) => (r.use_sectors as string[]).includes('education') || r.sector === 'education'),
    ).toBe(true);
    const sorted = await search('muni_search', {
      coupon_min: 4,
      coupon_max: 5,
      maturity_date_min: '2040-01-01',
      sort: ['-coupon', 'maturity_date'],
    });
    expect(sorted.length).toBeGreaterThan(50);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      expect(
        (a.coupon as number) > (b.coupon as number) ||
          (a.coupon === b.coupon && (a.maturity_date as string) <= (b.maturity_date as string)),
      ).toBe(true);
    }
    const withOs = await post(mock, 'muni_search', { limit: 0 });
    const all = await post(mock, 'muni_search', { limit: 0, include_bonds_without_os: true });
    expect(total(all)).toBe(5000);
    expect(total(withOs)).toBeLessThan(total(all));
    const traded = await post(mock, 'muni_search', { limit: 0, last_traded_since: '2026-06-01' });
    expect(total(traded)).toBeGreaterThan(100);
    expect(total(traded)).toBeLessThan(total(withOs));
  });
});

describe('muni_entity_search', () => {
  test('matches names, states and counties', async () => {
    const chicago = await post(mock, 'muni_entity_search', { search_query: 'chicago', limit: 50 });
    expect(rows(chicago).map((r) => r.name)).toEqual(['City of Chicago', 'Chicago Board of Education']);
    const cook = await post(mock, 'muni_entity_search', { search_query: 'Cook', limit: 50 });
    expect(rows(cook).every((r) => (r.counties as string[]).includes('Cook'))).toBe(true);
    const kansas = await post(mock, 'muni_entity_search', { search_query: 'KS', limit: 50 });
    expect(rows(kansas).length).toBeGreaterThan(3);
    expect(rows(kansas).every((r) => r.state === 'KS')).toBe(true);
    const partial = await post(mock, 'muni_entity_search', { search_query: 'chic' });
    expect(total(partial)).toBe(2);
  });
});
