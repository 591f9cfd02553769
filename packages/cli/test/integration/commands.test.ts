import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempConfigHome } from '../helpers/in-process';
import { assertBuilt } from '../helpers/spawn-cli';
import { json, startMock, terrapin } from './mock';

let mock: Awaited<ReturnType<typeof startMock>>;
beforeAll(async () => {
  assertBuilt();
  mock = await startMock({ rateLimit: false, quota: false });
});
afterAll(() => mock?.close());

const cli = (args: string[], options?: Parameters<typeof terrapin>[2]) => terrapin(mock.url, args, options);

describe('bonds: search → reference → cashflows', () => {
  test('chained through JSON, ISINs passed on stdin', async () => {
    const search = json(await cli(['bonds', 'search', '--limit', '3', '--format', 'json']));
    expect(search.data).toHaveLength(3);
    expect(search.total).toBeGreaterThanOrEqual(3);
    const isins = search.data.map((row) => row.isin as string);

    const reference = json(await cli(['bonds', 'reference', ...isins, '--format', 'json']));
    expect(reference.data.map((r) => r.isin).sort()).toEqual([...isins].sort());

    const cashflows = await cli(['bonds', 'cashflows', '-', '--format', 'csv'], {
      stdin: `${isins.join('\n')}\n`,
    });
    expect(cashflows.code).toBe(0);
    const [header, ...lines] = cashflows.stdout.trim().split('\n');
    expect(header).toMatch(/^isin,/);
    expect(header).toContain('amount');
    expect(lines.length).toBeGreaterThan(isins.length);
    expect(new Set(lines.map((l) => l.split(',')[0]))).toEqual(new Set(isins));
  });

  test('pricing-latest and pricing-history', async () => {
    const [row] = json(await cli(['bonds', 'search', '--limit', '1', '--format', 'json'])).data;
    const isin = row!.isin as string;
    expect(json(await cli(['bonds', 'pricing-latest', isin, '--format', 'json'])).data[0]).toMatchObject({
      isin,
    });
    const history = await cli([
      'bonds',
      'pricing-history',
      isin,
      '--start-date',
      '2025-01-02',
      '--end-date',
      '2025-01-31',
      '--format',
      'json',
    ]);
    expect(history.code).toBe(0);
  });
});

describe('agency and munis groups, top-level operations', () => {
  test('agency search → reference (table)', async () => {
    const [row] = json(await cli(['agency', 'search', '--limit', '1', '--format', 'json'])).data;
    const table = await cli(['agency', 'reference', row!.isin as string, '--format', 'table']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('┌');
    expect(table.stdout).toContain(row!.isin as string);
  });

  test('munis search → documents → documents download -o file', async () => {
    const { data } = json(await cli(['munis', 'search', '--limit', '25', '--format', 'json']));
    let fileId: string | undefined;
    for (const row of data) {
      const docs = json(
        await cli([
          'munis',
          'documents',
          row.isin as string,
          '--document-type',
          'official_statement',
          '--format',
          'json',
        ]),
      );
      fileId = docs.data.find((d) => typeof d.file_id === 'string')?.file_id as string | undefined;
      if (fileId) break;
    }
    expect(fileId, 'a muni with an official statement among the first 25').toBeDefined();
    const dir = tempConfigHome();
    const download = await cli(['documents', 'download', fileId!, '-o', 'os.pdf'], { cwd: dir });
    expect(download.code).toBe(0);
    expect(statSync(join(dir, 'os.pdf')).size).toBeGreaterThan(0);
    expect(download.stderr).toMatch(/saved \d+ bytes/);
    const toStdout = await cli(['documents', 'download', fileId!]);
    expect(toStdout.stdoutBytes.equals(readFileSync(join(dir, 'os.pdf')))).toBe(true);
  });

  test('munis entity-search, price-to-yield, events', async () => {
    const entities = await cli([
      'munis',
      'entity-search',
      '--search-query',
      'new york',
      '--limit',
      '3',
      '--format',
      'ndjson',
    ]);
    expect(entities.code).toBe(0);
    const [row] = json(await cli(['munis', 'search', '--limit', '1', '--format', 'json'])).data;
    const isin = row!.isin as string;
    const ptY = json(
      await cli([
        'munis',
        'price-to-yield',
        isin,
        '--price',
        '99.5,101',
        '--settlement-date',
        '2025-06-02',
        '--format',
        'json',
      ]),
    );
    expect(ptY.data[0]).toMatchObject({ isin });
    expect(json(await cli(['muni', 'events', isin, '--format', 'json'])).data.length).toBeGreaterThanOrEqual(
      0,
    );
  });

  test('inflation-factors, convert-to-isin, call', async () => {
    expect(
      json(await cli(['inflation-factors', '--country', 'IT', '--format', 'json'])).data.length,
    ).toBeGreaterThan(0);
    const converted = json(await cli(['convert-to-isin', '--identifiers', '037833100', '--format', 'json']));
    expect(converted.data[0]).toMatchObject({ isin: 'US0378331005' });
    const called = json(await cli(['call', 'bond_search', '--body', '{"limit":2}', '--format', 'json']));
    expect(called.data).toHaveLength(2);
  });
});

describe('formats', () => {
  test('json, ndjson, csv, table agree on the rows; --fields picks columns', async () => {
    const args = ['munis', 'search', '--limit', '4'];
    const asJson = json(await cli([...args, '--format', 'json']));
    const nd = await cli([...args, '--format', 'ndjson']);
    expect(
      nd.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(asJson.data);
    const csv = await cli([...args, '--format', 'csv', '--fields', 'isin,maturity_date']);
    expect(csv.stdout.trim().split('\n')).toEqual([
      'isin,maturity_date',
      ...asJson.data.map((r) => `${r.isin},${r.maturity_date ?? ''}`),
    ]);
    const table = await cli([...args, '--format', 'table']);
    for (const row of asJson.data) expect(table.stdout).toContain(row.isin as string);
    // Piped with no --format: JSON.
    expect(JSON.parse((await cli(args)).stdout).data).toEqual(asJson.data);
  });
});

describe('--all', () => {
  test('follows pages up to --max-items, and to the end', async () => {
    const capped = await cli([
      'munis',
      'search',
      '--all',
      '--limit',
      '40',
      '--max-items',
      '100',
      '--format',
      'ndjson',
    ]);
    expect(capped.code).toBe(0);
    const rows = capped.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { isin: string });
    expect(rows).toHaveLength(100);
    expect(new Set(rows.map((r) => r.isin)).size).toBe(100);

    const first = json(await cli(['agency', 'search', '--limit', '0', '--format', 'json']));
    const everything = json(await cli(['agency', 'search', '--all', '--limit', '200', '--format', 'json']));
    expect(everything.total).toBe(first.total);
    expect(everything.data).toHaveLength(first.total);
  });
});
