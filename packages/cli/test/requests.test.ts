import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CannedResponse, type CapturedRequest, startCaptureServer } from './helpers/capture-server';
import { runInProcess } from './helpers/in-process';

const CANARY = 'tpk_canary_9f8e7d6c5b4a';
let server: Awaited<ReturnType<typeof startCaptureServer>>;
let answer: (req: CapturedRequest) => CannedResponse = () => ({ body: { data: [], total: 0 } });

beforeAll(async () => {
  server = await startCaptureServer((req) => answer(req));
});
afterAll(() => server.close());

async function cli(args: string[], options: { stdin?: string } = {}) {
  const before = server.requests.length;
  const result = await runInProcess(['--base-url', server.url, '--max-retries', '0', ...args], {
    env: { TERRAPIN_API_KEY: CANARY },
    ...options,
  });
  expect(result.stdout + result.stderr).not.toContain(CANARY);
  return { ...result, sent: server.requests.slice(before) };
}

describe('flags → request body', () => {
  test('lists (comma-separated and repeated), numbers, booleans both ways, dates, enums with spaces', async () => {
    const r = await cli([
      'bonds',
      'search',
      '--countries',
      'Italy,Germany',
      '--countries',
      'France',
      '--coupon-min',
      '3',
      '--limit',
      '5',
      '--include-callable',
      '--no-include-puttable',
      '--maturity-date-min',
      '2030-01-01',
      '--interest-types',
      'fixed rate',
    ]);
    expect(r.code).toBe(0);
    expect(r.sent).toHaveLength(1);
    expect(r.sent[0]!.path).toBe('/api/v1/bond_search');
    expect(r.sent[0]!.body).toEqual({
      countries: ['Italy', 'Germany', 'France'],
      coupon_min: 3,
      limit: 5,
      include_callable: true,
      include_puttable: false,
      maturity_date_min: '2030-01-01',
      interest_types: ['fixed rate'],
    });
    expect(r.sent[0]!.headers.authorization).toBe(`Bearer ${CANARY}`);
  });

  test('negative numbers are values where the spec allows them (muni_search limit -1)', async () => {
    const r = await cli(['munis', 'search', '--limit', '-1', '--coupon-min', '-0.5']);
    expect(r.code).toBe(0);
    expect(r.sent[0]!.body).toEqual({ limit: -1, coupon_min: -0.5 });
  });

  test.each([
    [['bonds', 'search', '--coupon-min', 'abc'], /--coupon-min.*Not a number|expected a number/],
    [['bonds', 'search', '--limit', '-1'], /must be >= 0/],
    [['bonds', 'search', '--limit', '1.5'], /expected an integer/],
    [['munis', 'entity-search', '--search-query', 'x', '--limit', '51'], /must be <= 50/],
    [['bonds', 'search', '--maturity-date-min', '2030-02-30'], /YYYY-MM-DD/],
    [['bonds', 'search', '--handles', 'nope'], /expected one of: de_bobl/],
    [['bonds', 'search', '--colour', 'red'], /unknown option '--colour'/],
    [['bonds', 'frobnicate'], /unknown command 'frobnicate'/],
    [
      ['bonds', 'pricing-history', 'XS1610682764'],
      /Invalid value at --end-date: Missing required field[\s\S]*at --start-date: Missing/,
    ],
    [['bonds', 'reference'], /no ISINs given/],
    [
      ['bonds', 'reference', 'XS1610682764', 'XS1610682765'],
      /argument 2: "XS1610682765" invalid check digit/,
    ],
    [
      ['munis', 'documents', 'US00037CUQ13', '--document-type', 'memo'],
      /expected one of: disclosure_document/,
    ],
    [['bonds', 'search', '--max-items', '3'], /--max-items only applies with --all/],
    [['bonds', 'search', '--body', '{nope'], /--body is not valid JSON/],
  ])('usage error before any request: %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.sent).toHaveLength(0);
  });

  test('--body gives a base; flags override its fields', async () => {
    const r = await cli(['bonds', 'search', '--body', '{"coupon_min":1,"limit":3}', '--coupon-min', '2']);
    expect(r.sent[0]!.body).toEqual({ coupon_min: 2, limit: 3 });
  });

  test('positional ISINs, --isins-file - (stdin), normalised and de-duplicated', async () => {
    const r = await cli(['munis', 'reference', 'us00037cuq13', '--isins-file', '-'], {
      stdin: 'US00037CUQ13\nUS005824LP01, US828641ZF03\n',
    });
    expect(r.code).toBe(0);
    expect(r.sent[0]!.body).toEqual({ isins: ['US00037CUQ13', 'US005824LP01', 'US828641ZF03'] });
  });

  test('invalid ISINs on stdin are reported with line numbers, nothing is sent', async () => {
    const r = await cli(['bonds', 'cashflows', '-'], {
      stdin: 'XS1610682764\nXS161068276X\n\nUS0378331006\n',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: 2 invalid ISINs; nothing was sent');
    expect(r.stderr).toContain('stdin:2: "XS161068276X"');
    expect(r.stderr).toContain('stdin:4: "US0378331006" invalid check digit (expected 5)');
    expect(r.sent).toHaveLength(0);
  });

  test('single-ISIN operations take the ISIN as an argument', async () => {
    const r = await cli([
      'munis',
      'pricing-history',
      'us00037cuq13',
      '--start-date',
      '2025-01-02',
      '--end-date',
      '2025-03-31',
    ]);
    expect(r.sent[0]!.body).toEqual({
      isin: 'US00037CUQ13',
      start_date: '2025-01-02',
      end_date: '2025-03-31',
    });
  });

  test('price-to-yield: convenience flags build the top-level array; --body/--input take it as JSON', async () => {
    const r = await cli([
      'munis',
      'price-to-yield',
      'US00037CUQ13',
      '--price',
      '99.5,101',
      '--settlement-date',
      '2025-06-02',
    ]);
    expect(r.code).toBe(0);
    expect(r.sent[0]!.body).toEqual([
      {
        isin: 'US00037CUQ13',
        trade_data: [
          { price: 99.5, settlement_date: '2025-06-02' },
          { price: 101, settlement_date: '2025-06-02' },
        ],
      },
    ]);
    const body = [{ isin: 'US00037CUQ13', trade_data: [{ price: 98, settlement_date: '2025-06-03' }] }];
    const viaInput = await cli(['munis', 'price-to-yield', '--input', '-'], { stdin: JSON.stringify(body) });
    expect(viaInput.sent[0]!.body).toEqual(body);
    const missing = await cli(['munis', 'price-to-yield', 'US00037CUQ13']);
    expect(missing.code).toBe(2);
    expect((await cli(['munis', 'price-to-yield', '--body', '{"isin":"x"}'])).code).toBe(2);
  });

  test('call sends the JSON as given (kebab-case names accepted) and rejects unknown operations', async () => {
    const r = await cli(['call', 'inflation-factors', '--body', '{"country":"IT"}']);
    expect(r.code).toBe(0);
    expect(r.sent[0]!.path).toBe('/api/v1/inflation_factors');
    const unknown = await cli(['call', 'bond_magic']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown operation "bond_magic"');
  });

  test('--header adds request headers (e.g. x-mock-fault for terrapin-mock)', async () => {
    const r = await cli([
      '--header',
      'x-mock-fault=429',
      '--header',
      'X-Trace: abc',
      'convert-to-isin',
      '--identifiers',
      '037833100',
    ]);
    expect(r.sent[0]!.headers['x-mock-fault']).toBe('429');
    expect(r.sent[0]!.headers['x-trace']).toBe('abc');
    expect(r.sent[0]!.body).toEqual({ identifiers: ['037833100'] });
  });

  test('--debug prints redacted request/response lines to stderr', async () => {
    answer = () => ({
      headers: { 'request-id': 'req_dbg1', ratelimit: 'limit=100, remaining=99, reset=60' },
    });
    const r = await cli(['--debug', 'bonds', 'reference', 'XS1610682764']);
    answer = () => ({ body: { data: [], total: 0 } });
    expect(r.stderr).toContain('debug body bond_reference {"isins":["XS1610682764"]}');
    expect(r.stderr).toMatch(/debug → POST http:\/\/127\.0\.0\.1:\d+\/api\/v1\/bond_reference/);
    expect(r.stderr).toContain('authorization: Bearer [REDACTED]');
    expect(r.stderr).toContain('request-id: req_dbg1');
    expect(r.stderr).toContain('ratelimit: limit=100, remaining=99, reset=60');
  });
});
