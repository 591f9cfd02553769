import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCaptureServer } from './helpers/capture-server';
import { runInProcess } from './helpers/in-process';

const ROWS = [
  { isin: 'US0378331005', coupon: 2.5, currency: 'USD' },
  { isin: 'XS2724510792', coupon: 4.25, currency: 'EUR' },
  { isin: 'XS1610682764', coupon: 3.75, currency: 'EUR' },
];
let server: Awaited<ReturnType<typeof startCaptureServer>>;
beforeAll(async () => {
  server = await startCaptureServer(() => ({ body: { data: ROWS, total: 40 } }));
});
afterAll(() => server.close());

const cli = (args: string[], options: { stdoutTTY?: boolean } = {}) =>
  runInProcess(['--base-url', server.url, 'bonds', 'search', ...args], options);

describe('--query (JMESPath)', () => {
  test('filters the {data, total} JSON document', async () => {
    const r = await cli(['--format', 'json', '--query', 'data[?coupon > `3`].isin']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['XS2724510792', 'XS1610682764']);
    const total = await cli(['--query', '{n: length(data), total: total}']);
    expect(JSON.parse(total.stdout)).toEqual({ n: 3, total: 40 });
  });

  test('NDJSON: applied to each row, rows mapped to null left out', async () => {
    const r = await cli(['--format', 'ndjson', '--query', "currency == 'EUR' && {isin: isin} || null"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('{"isin":"XS2724510792"}\n{"isin":"XS1610682764"}\n');
  });

  test('on a terminal a query prints JSON, not a table; --fields applies first', async () => {
    const r = await cli(['--fields', 'isin', '--query', 'data[0]'], { stdoutTTY: true });
    expect(JSON.parse(r.stdout)).toEqual({ isin: 'US0378331005' });
  });

  test('a bad expression is a usage error naming the flag, before any request', async () => {
    const before = server.requests.length;
    const r = await cli(['--format', 'json', '--query', 'data[?coupon > `3`']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: --query is not a valid JMESPath expression: Syntax error');
    expect(r.stderr).toContain('expression: data[?coupon > `3`');
    const arity = await cli(['--format', 'json', '--query', 'abs(total, `1`)']);
    expect(arity.code).toBe(2);
    expect(arity.stderr).toContain('--query is not a valid JMESPath expression: Invalid arity');
    const table = await cli(['--format', 'table', '--query', 'data']);
    expect(table.code).toBe(2);
    expect(table.stderr).toContain('--query filters JSON output; use --format json or ndjson');
    expect(server.requests.length).toBe(before + 1); // only the arity case reached the server
  });

  test('offline commands take it too', async () => {
    const r = await runInProcess([
      'isin',
      'check',
      'US0378331005',
      'US0378331006',
      '--query',
      'data[?!valid].input',
    ]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual(['US0378331006']);
  });
});
