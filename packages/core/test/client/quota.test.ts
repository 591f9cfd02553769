import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryQuotaStore, QuotaLedger, TerrapinQuotaExceededError } from '../../src/index';
import { makeIsins, rowsFor, testClient } from './helpers/fixtures';
import { apiError, ok, startServer, type TestServer } from './helpers/server';

let server: TestServer;
afterEach(() => server?.close());

describe('QuotaLedger', () => {
  it('counts distinct ISINs per UTC calendar month', async () => {
    let now = Date.UTC(2026, 10, 30, 23, 59);
    const ledger = new QuotaLedger({ now: () => now });
    const [a, b, c] = makeIsins(3);
    expect(ledger.period()).toBe('2026-11');
    expect(await ledger.record([a!, b!, ` ${a!.toLowerCase()} `])).toBe(2);
    expect(await ledger.estimate([a!, c!, c!])).toEqual({ new: 1, alreadyCounted: 1, newIsins: [c] });
    expect(await ledger.used()).toBe(2);
    now = Date.UTC(2026, 11, 1, 0, 0);
    expect(ledger.period()).toBe('2026-12');
    expect(await ledger.used()).toBe(0);
    expect(await ledger.estimate([a!])).toMatchObject({ new: 1 });
  });

  it('keeps its state in the given store', async () => {
    const store = new MemoryQuotaStore();
    const ledger = new QuotaLedger({ store, now: () => Date.UTC(2026, 0, 15) });
    await ledger.record(makeIsins(2));
    expect(await store.count('2026-01')).toBe(2);
    expect(await ledger.list()).toEqual(makeIsins(2));
  });
});

describe('client quota', () => {
  it('records only ISINs returned by successful quota-consuming calls', async () => {
    const [a, b, c] = makeIsins(3);
    server = await startServer((req) => {
      if (req.operation === 'bond_reference') return ok([{ isin: a }]); // b unknown to the API
      if (req.operation === 'bond_cashflows') return apiError(403, 'Outside your tier');
      return ok(rowsFor(req.body));
    });
    const client = testClient(server.url);
    await client.bonds.reference({ isins: [a!, b!] });
    await client.bonds.cashflows({ isins: [c!] }).catch(() => {});
    await client.bonds.search({ isins: [c!] }); // search: not the data quota
    await client.munis.events({ isins: [c!] }); // not a quota consumer in the table
    expect(await client.quota.used()).toBe(1);
    expect(await client.quota.estimate([a!, b!, c!])).toEqual({
      new: 2,
      alreadyCounted: 1,
      newIsins: [b, c],
    });
  });

  it('single-ISIN operations record the requested ISIN when the call succeeds', async () => {
    const [a] = makeIsins(1);
    server = await startServer(() => ok([{ date: '2026-01-02', price: 99 }]));
    const client = testClient(server.url);
    await client.bonds.pricingHistory({ isin: a!, start_date: '2026-01-01', end_date: '2026-01-31' });
    expect(await client.quota.list()).toEqual([a]);
  });

  it('monthlyIsinBudget refuses a call that would exceed it, before sending', async () => {
    const isins = makeIsins(5);
    server = await startServer((req) => ok(rowsFor(req.body)));
    const client = testClient(server.url, { monthlyIsinBudget: 4 });
    await client.bonds.reference({ isins: isins.slice(0, 3) });
    const error = await client.bonds.reference({ isins: isins.slice(1) }).catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinQuotaExceededError);
    expect(error).toMatchObject({ local: true, budget: 4, used: 3, newIsins: isins.slice(3), status: 403 });
    expect(error.message).toMatch(
      /^Monthly ISIN budget would be exceeded: 3 of 4 distinct ISINs used in \d{4}-\d{2}, this call would add 2 \(refused locally/,
    );
    expect(server.requests).toHaveLength(1);
    // Already-counted ISINs are free (CONTRACT.md §5), so this one passes.
    await client.bonds.pricingLatest({ isins: isins.slice(0, 3) });
    expect(server.requests).toHaveLength(2);
  });

  it('monthlyIsinBudget holds under concurrency: checking and counting are one step (issue 14 #16)', async () => {
    const isins = makeIsins(38);
    server = await startServer((req) => ok(rowsFor(req.body)));
    const client = testClient(server.url, { monthlyIsinBudget: 20 });
    await client.bonds.reference({ isins: isins.slice(0, 14) });
    const calls = [0, 1, 2, 3].map((i) =>
      client.bonds.reference({ isins: isins.slice(14 + 6 * i, 20 + 6 * i) }),
    );
    const outcomes = await Promise.allSettled(calls);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect(await client.quota.used()).toBe(20);
  });

  it('gives back reserved ISINs the upstream did not charge (no row, or a failed call)', async () => {
    const [a, b, c] = makeIsins(3);
    let fail = false;
    server = await startServer(() => (fail ? apiError(500, 'down') : ok([{ isin: a }])));
    const client = testClient(server.url, { monthlyIsinBudget: 2, maxRetries: 0 });
    await client.bonds.reference({ isins: [a!, b!] }); // b returned no row: not charged
    expect(await client.quota.list()).toEqual([a]);
    fail = true;
    await client.bonds.reference({ isins: [c!] }).catch(() => {});
    expect(await client.quota.list()).toEqual([a]);
  });

  it('onQuotaWarning fires once per period when the ratio is crossed', async () => {
    server = await startServer((req) => ok(rowsFor(req.body)));
    const onQuotaWarning = vi.fn();
    const client = testClient(server.url, { monthlyIsinBudget: 10, onQuotaWarning });
    await client.agency.reference({ isins: makeIsins(7) });
    expect(onQuotaWarning).not.toHaveBeenCalled();
    await client.agency.reference({ isins: makeIsins(1, 100) });
    await client.agency.reference({ isins: makeIsins(1, 200) });
    expect(onQuotaWarning).toHaveBeenCalledTimes(1);
    expect(onQuotaWarning).toHaveBeenCalledWith({
      used: 8,
      budget: 10,
      ratio: 0.8,
      period: client.quota.period,
    });
  });

  it('a derived client shares the ledger', async () => {
    server = await startServer((req) => ok(rowsFor(req.body)));
    const client = testClient(server.url);
    await client.withOptions({ timeout: 1_000 }).munis.cashflows({ isins: makeIsins(2) });
    expect(await client.quota.used()).toBe(2);
  });
});

describe('MemoryQuotaStore', () => {
  it('reserves up to the budget atomically and creates nothing for a refusal', async () => {
    const periods = new Map<string, Set<string>>();
    const store = new MemoryQuotaStore({ periods });
    const isins = makeIsins(4);
    expect(await store.reserve('2026-12', isins.slice(0, 3), 3)).toEqual({
      ok: true,
      added: isins.slice(0, 3),
      used: 3,
    });
    expect(await store.reserve('2026-12', isins.slice(2), 3)).toEqual({
      ok: false,
      used: 3,
      fresh: [isins[3]],
    });
    expect(await store.reserve('2027-01', makeIsins(5), 3)).toMatchObject({ ok: false, used: 0 });
    expect([...periods.keys()]).toEqual(['2026-12']);
  });

  it('keeps its sets in the map it is given, so a bounded map bounds the ledger', async () => {
    // A two-entry map that forgets the oldest key, as an LRU cache would.
    const kept = new Map<string, Set<string>>();
    const bounded = {
      get: (key: string) => kept.get(key),
      set: (key: string, value: Set<string>) => {
        kept.set(key, value);
        if (kept.size > 2) kept.delete(kept.keys().next().value ?? '');
      },
    };
    const store = new MemoryQuotaStore({ periods: bounded });
    for (const user of ['a', 'b', 'c']) await store.add(`2026-12:${user}`, makeIsins(2));
    expect(await store.count('2026-12:a')).toBe(0);
    expect(await store.count('2026-12:c')).toBe(2);
    expect(kept.size).toBe(2);
  });
});
