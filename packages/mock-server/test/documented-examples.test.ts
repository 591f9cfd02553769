import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, type MockServer } from '../src/index';
import { post, rows, total } from './helpers';

// The documented examples of the repo's spec copy (tests may read the repo; the published package may not).
const EXAMPLES = join(import.meta.dirname, '../../../spec/examples');

interface Example {
  id: string;
  operation: string;
  request: unknown;
  response: { data: Record<string, unknown>[]; total: number } | undefined;
}

function loadExamples(): Example[] {
  return readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(EXAMPLES, d.name))
        .filter((f) => f.endsWith('.request.json'))
        .map((f) => {
          const base = f.replace('.request.json', '');
          const read = (file: string) => JSON.parse(readFileSync(join(EXAMPLES, d.name, file), 'utf8'));
          let response: Example['response'];
          try {
            response = read(`${base}.response.json`);
          } catch {
            response = undefined;
          }
          return { id: `${d.name}/${base}`, operation: d.name, request: read(f), response };
        }),
    );
}

/** Examples the mock answers exactly as documented: the same request gives the same whole response. */
const EXACT = new Set([
  'agency_search/01',
  'bond_cashflows/02',
  'bond_pricing_history/02',
  'bond_pricing_latest/03',
  'bond_reference/04',
  'bond_search/02',
  'convert_to_isin/01',
  'inflation_factors/01',
  'muni_bonds_in_series/01',
  'muni_documents/02',
  'muni_entity_search/01',
  'muni_events/01',
  'muni_price_to_yield/01',
  'muni_pricing_history/02',
  'muni_pricing_latest/01',
]);

let mock: MockServer;
const examples = loadExamples();
const byId = new Map(examples.map((e) => [e.id, e]));
const example = (id: string) => byId.get(id) as Example;

beforeAll(async () => {
  mock = await createMockServer({ rateLimit: false, quota: false });
});
afterAll(() => mock.close());

/**
 * Examples whose whole response cannot be reproduced, each for a documented reason; the mock still serves every
 * documented record for its ISIN.
 */
const RECORD_CHECKS: Record<string, () => Promise<void>> = {
  // Superseded by 02 (same request, older row shape).
  'bond_pricing_history/01': async () => {
    const reply = await post(mock, 'bond_pricing_history', example('bond_pricing_history/01').request);
    expect(rows(reply)).toEqual(example('bond_pricing_history/02').response!.data);
  },
  // Without as_of_date the answer depends on the day; as of its date the documented price is served.
  'bond_pricing_latest/01': async () => {
    const documented = example('bond_pricing_latest/01').response!.data[0]!;
    const reply = await post(mock, 'bond_pricing_latest', {
      isins: ['XS1610682764'],
      as_of_date: documented.date,
    });
    expect(rows(reply)[0]).toMatchObject(documented);
  },
  // The docs answer with another ISIN than requested; that ISIN's record is served as documented.
  'bond_reference/02': async () => {
    const documented = example('bond_reference/02').response!.data[0]!;
    expect(rows(await post(mock, 'bond_reference', { isins: [documented.isin] }))).toEqual([documented]);
    expect(rows(await post(mock, 'bond_reference', example('bond_reference/02').request))).toHaveLength(1);
  },
  // Superseded by 04 (same request).
  'bond_reference/03': async () => {
    const reply = await post(mock, 'bond_reference', example('bond_reference/03').request);
    expect(reply.json).toEqual(example('bond_reference/04').response);
  },
  'agency_reference/01': async () => {
    const reply = await post(mock, 'agency_reference', example('agency_reference/01').request);
    expect(rows(reply).map((r) => r.isin)).toEqual(['US3134HCZH51']);
    expect(rows(reply)[0]).toMatchObject(example('agency_search/01').response!.data[0]!);
  },
  // The docs answer with another ISIN than requested; that ISIN's cash flows are served as documented.
  'muni_cashflows/01': async () => {
    const documented = example('muni_cashflows/01').response!.data[0]!;
    expect(rows(await post(mock, 'muni_cashflows', { isins: [documented.isin] }))).toEqual([documented]);
    expect(rows(await post(mock, 'muni_cashflows', example('muni_cashflows/01').request))).toHaveLength(1);
  },
  // The documented day shows two trades; the mock's market trades more that day, the documented two included.
  'muni_pricing_daily_history/02': async () => {
    const reply = await post(
      mock,
      'muni_pricing_daily_history',
      example('muni_pricing_daily_history/02').request,
    );
    for (const trade of example('muni_pricing_daily_history/02').response!.data)
      expect(rows(reply)).toContainEqual(trade);
    expect(total(reply)).toBeGreaterThan(2);
  },
  // Without as_of_date the answer depends on the day; the documented trade is in the bond's history.
  'muni_pricing_latest/02': async () => {
    const documented = example('muni_pricing_latest/02').response!.data[0]!;
    const reply = await post(mock, 'muni_pricing_history', {
      isin: documented.isin,
      start_date: '2025-07-18',
      end_date: '2025-07-18',
    });
    expect(rows(reply)).toContainEqual(documented);
  },
  // Oldest shape (`rating`, no has_official_statement): the same bond comes back in the newest shape.
  'muni_search/01': async () => {
    const reply = await post(mock, 'muni_search', example('muni_search/01').request);
    expect(rows(reply)).toEqual(example('muni_search/04').response!.data);
  },
  // The docs return a fixed-rate bond for a variable-rate filter; the mock filters, and serves the row by ISIN.
  'muni_search/03': async () => {
    const reply = await post(mock, 'muni_search', example('muni_search/03').request);
    expect(rows(reply).every((r) => r.interest_type === 'variable rate')).toBe(true);
    expect(rows(await post(mock, 'muni_search', { isins: ['US00037CUQ13'] }))).toEqual(
      example('muni_search/04').response!.data,
    );
  },
  'muni_search/04': async () => {
    const reply = await post(mock, 'muni_search', example('muni_search/04').request);
    expect(rows(reply).every((r) => r.interest_type === 'variable rate')).toBe(true);
    expect(rows(await post(mock, 'muni_search', { isins: ['US00037CUQ13'] }))).toEqual(
      example('muni_search/04').response!.data,
    );
  },
  // Aggregates are computed from the mock's trades: same shape, consistent counts.
  'muni_stats_trade_activity/01': async () => {
    const [row] = rows<Record<string, number>>(
      await post(mock, 'muni_stats_trade_activity', example('muni_stats_trade_activity/01').request),
    );
    expect(Object.keys(row!).sort()).toEqual(
      Object.keys(example('muni_stats_trade_activity/01').response!.data[0]!).sort(),
    );
    expect(row!.trade_count).toBe(
      row!.customer_bought_count! + row!.customer_sold_count! + row!.inter_dealer_count!,
    );
    expect(row!.trade_count).toBeGreaterThan(0);
  },
  ...Object.fromEntries(
    ['muni_reference/02', 'muni_reference/03', 'muni_reference/04'].map((id) => [
      id,
      async () => {
        const reply = await post(mock, 'muni_reference', example(id).request);
        expect(rows(reply)).toHaveLength(1);
        expect(rows(reply)[0]).toMatchObject({
          isin: 'US005824LP01',
          ticker: 'IL ADASCD 5 02/01/2035',
          issued_amount: 240000,
          state: 'IL',
        });
      },
    ]),
  ),
};

describe('documented examples', () => {
  test('every example is covered by this file', () => {
    const covered = new Set([...EXACT, ...Object.keys(RECORD_CHECKS)]);
    for (const e of examples) expect(covered.has(e.id), `${e.id} is not classified`).toBe(true);
  });

  test.each([...EXACT].map((id) => [id]))('%s is answered exactly as documented', async (id) => {
    const e = example(id);
    const reply = await post(mock, e.operation, e.request);
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(e.response);
  });

  test.each(Object.keys(RECORD_CHECKS).map((id) => [id]))(
    '%s: its records are served as documented',
    async (id) => {
      await RECORD_CHECKS[id]!();
    },
  );
});
