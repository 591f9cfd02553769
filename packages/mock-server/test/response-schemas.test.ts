import { type AnyOperation, type OperationName, operationNames, operations } from '@terrapin/core/contract';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMockServer, type MockServer } from '../src/index';
import { post, rows } from './helpers';

// Every response the mock produces for every operation must pass the table's response schema (issue #5). This walks
// all operations with many valid bodies over the default dataset: documented ISINs and generated ones.
let mock: MockServer;
let bodies: Record<OperationName, unknown[]>;

const DOCUMENTED_MUNIS = [
  'US005824LP01',
  'US00037CUQ13',
  'US794760LQ96',
  'US00284AAE47',
  'US002842EZ11',
  'US1966324Q32',
  'US828641ZF03',
];

beforeAll(async () => {
  mock = await createMockServer({ rateLimit: false, quota: false });
  const isinsOf = async (name: string, body: unknown) =>
    rows<{ isin: string }>(await post(mock, name, body)).map((r) => r.isin);
  const bondIsins = [
    ...(await isinsOf('bond_search', { include_non_outstanding: true, limit: 1000 })).filter(
      (_, i) => i % 17 === 0,
    ),
    'XS1610682764',
    'XS2724510792',
    'XS2327414061',
    'IT0005571952',
    'GB00BSGJXG32',
  ];
  const agencyIsins = [
    ...(await isinsOf('agency_search', { limit: 1000 })).filter((_, i) => i % 13 === 0),
    'US3134HCZH51',
  ];
  const muniIsins = [
    ...(await isinsOf('muni_search', { limit: 1000, include_bonds_without_os: true })).filter(
      (_, i) => i % 19 === 0,
    ),
    ...DOCUMENTED_MUNIS,
  ];
  const docs = rows<{ file_id: string; text_file_id: string }>(
    await post(mock, 'muni_documents', { isin: 'US005824LP01', document_type: 'disclosure_document' }),
  );
  const history = (isin: string) => [
    { isin, start_date: '2023-12-01', end_date: '2024-01-01' },
    { isin, start_date: '2010-01-01', end_date: mock.dataset.dataDate },
  ];
  bodies = {
    bond_search: [
      {},
      { countries: ['Italy'], limit: 50 },
      { full_reference_data: true, limit: 300 },
      { include_non_outstanding: true, limit: 1000 },
      { limit: 0 },
    ],
    bond_reference: [{ isins: bondIsins }],
    bond_pricing_latest: [{ isins: bondIsins }, { isins: bondIsins, as_of_date: '2024-07-17' }],
    bond_pricing_history: bondIsins.slice(0, 40).flatMap(history),
    bond_cashflows: [{ isins: bondIsins }],
    inflation_factors: ['DE', 'ES', 'FR', 'IT', 'UK', 'US'].flatMap((country) => [
      { country },
      { country, start_date: '2025-06-01', end_date: '2025-06-01' },
    ]),
    agency_search: [
      {},
      { full_reference_data: true, limit: 300 },
      { is_callable: true, sort: '-maturity_date', limit: 100 },
    ],
    agency_reference: [{ isins: agencyIsins }],
    agency_pricing_latest: [{ isins: agencyIsins }, { isins: agencyIsins, as_of_date: '2025-01-15' }],
    agency_pricing_history: agencyIsins.slice(0, 30).flatMap(history),
    agency_cashflows: [{ isins: agencyIsins }],
    muni_search: [
      {},
      undefined,
      { full_reference_data: true, limit: 300 },
      { states: ['CA'], sort: ['-maturity_date'] },
      { limit: -1, include_bonds_without_os: true },
    ],
    muni_entity_search: [{ search_query: 'Chicago' }, { search_query: 'TX', limit: 50 }],
    muni_reference: [{ isins: muniIsins }],
    muni_pricing_latest: [{ isins: muniIsins }, { isins: muniIsins, as_of_date: '2025-08-11' }],
    muni_pricing_history: muniIsins.slice(0, 40).flatMap(history),
    muni_pricing_daily_history: [
      { trade_date: '2025-07-01' },
      { trade_date: mock.dataset.dataDate },
      { trade_date: '2019-03-04' },
    ],
    muni_price_to_yield: [
      [{ isin: 'US005824LP01', trade_data: [{ price: 101.78, settlement_date: '2025-01-01' }] }],
      muniIsins.map((isin) => ({
        isin,
        trade_data: [
          { price: 99.5, settlement_date: '2025-03-03' },
          { price: 104, settlement_date: '2026-06-01' },
        ],
      })),
    ],
    muni_cashflows: [{ isins: muniIsins }],
    muni_documents: muniIsins.slice(0, 30).flatMap((isin) => [
      { isin, document_type: 'official_statement' },
      { isin, document_type: 'disclosure_document' },
    ]),
    muni_bonds_in_series: muniIsins.slice(0, 30).map((isin) => ({ isin })),
    muni_events: [{ isins: muniIsins }],
    muni_stats_trade_activity: [
      { start_date: '2025-02-01', end_date: '2025-02-28', states: ['IL'] },
      { start_date: '2025-01-01', end_date: '2025-06-30', group_by: 'state', period: 'month' },
    ],
    muni_stats_top_issuers: [
      { start_date: '2025-01-01', end_date: '2025-12-31' },
      { start_date: '2024-01-01', end_date: '2024-12-31', rank_by: 'new_issue_amount', limit: 25 },
    ],
    convert_to_isin: [{ identifiers: ['037833100', '594918104', 'not-a-cusip', 'US0378331005'] }],
    download_document: [
      { file_id: 'ROaomzq-lhfQ-LMSd8Zvow.pdf' },
      { file_id: 'ROaomzq-lhfQ-LMSd8Zvow.txt' },
      ...docs.slice(0, 3).flatMap((d) => [{ file_id: d.file_id }, { file_id: d.text_file_id }]),
    ],
  };
}, 60_000);

afterAll(() => mock.close());

describe('every response passes the operations table schema', () => {
  test('each of the operations has sample bodies', () => {
    expect(operationNames).toHaveLength(26);
    for (const name of operationNames) expect(bodies[name]?.length, name).toBeGreaterThan(0);
  });

  test.each(operationNames.map((name) => [name]))('%s', async (name) => {
    const op = operations[name] as AnyOperation;
    for (const body of bodies[name]) {
      const reply = await post(mock, name, body);
      expect(
        reply.status,
        `${name} ${JSON.stringify(body)?.slice(0, 200)}: ${reply.text.slice(0, 300)}`,
      ).toBe(200);
      expect(reply.headers.get('request-id')).toBeTruthy();
      if (!('safeParse' in (op.response as object))) {
        expect(reply.text.length).toBeGreaterThan(0);
        continue;
      }
      const parsed = (
        op.response as { safeParse(v: unknown): { success: boolean; error?: unknown } }
      ).safeParse(reply.json);
      expect(parsed.success, `${name}: ${JSON.stringify(parsed.error)?.slice(0, 500)}`).toBe(true);
      const envelope = reply.json as { data: unknown[]; total: number };
      expect(envelope.data.length).toBeLessThanOrEqual(1000);
      expect(envelope.total).toBeGreaterThanOrEqual(envelope.data.length);
    }
  });
});
