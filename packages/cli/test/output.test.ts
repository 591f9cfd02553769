import { isinCheckDigit } from '@terrapin/core/identifiers';
import { describe, expect, test } from 'vitest';
import { cellText } from '../src/output/cells';
import { renderCsv } from '../src/output/csv';
import { chooseFormat, renderResult } from '../src/output/render';
import { defaultColumns, explodeNested } from '../src/output/rows';
import { renderTable } from '../src/output/table';
import { runInProcess } from './helpers/in-process';

describe('CSV', () => {
  test('escapes formula-looking strings but not negative numbers', async () => {
    const csv = await renderCsv(
      [
        { a: '=HYPERLINK("x")', b: -1.25, c: '+1', d: '-2', e: '@SUM(A1)', f: '\tx', g: 'plain' },
        { a: '\rcr', b: 0, c: 'ok', d: '－', e: '', f: null, g: 'a,b' },
      ],
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
    );
    const [header, first, second] = csv.split('\n');
    expect(header).toBe('a,b,c,d,e,f,g');
    expect(first).toBe(`"'=HYPERLINK(""x"")",-1.25,'+1,'-2,'@SUM(A1),'\tx,plain`);
    expect(second).toContain(`'\r`);
    expect(second).toContain('0,ok');
    expect(second).toContain('"a,b"');
  });

  test('booleans read true/false, nested values are JSON', async () => {
    const csv = await renderCsv([{ x: true, y: false, z: { k: [1, 2] } }], ['x', 'y', 'z']);
    expect(csv).toBe('x,y,z\ntrue,false,"{""k"":[1,2]}"\n');
  });
});

describe('rows for flat formats', () => {
  test('one row per nested record when each row has exactly one list of records', () => {
    const rows = explodeNested([
      {
        isin: 'A',
        cashflows: [
          { date: '2025-01-01', amount: 1.5, type: 'interest' },
          { date: '2026-01-01', amount: 100, type: 'principal' },
        ],
      },
      { isin: 'B', cashflows: [] },
    ]);
    expect(rows).toEqual([
      { isin: 'A', date: '2025-01-01', amount: 1.5, type: 'interest' },
      { isin: 'A', date: '2026-01-01', amount: 100, type: 'principal' },
      { isin: 'B' },
    ]);
  });

  test('two lists of records: left alone (summarised in cells)', () => {
    const rows = [{ isin: 'A', x: [{ a: 1 }], y: [{ b: 2 }] }];
    expect(explodeNested(rows)).toEqual(rows);
    expect(cellText(rows[0]!.x)).toBe('[1 item]');
  });

  test('child keys colliding with parent keys are prefixed', () => {
    expect(explodeNested([{ isin: 'A', trade_data: [{ isin: 'X', price: 1 }] }])).toEqual([
      { isin: 'A', 'trade_data.isin': 'X', price: 1 },
    ]);
  });

  test('default table columns: well-known names first, scalars only, at most 8', () => {
    const row = {
      asset_class: 'bond',
      cfi_code: 'D',
      composite_issue_rating: 'A',
      country: 'Italy',
      coupon: 3.5,
      currency: 'EUR',
      isin: 'IT0005571952',
      issuer_name: 'Italy',
      maturity_date: '2031-01-01',
      nested: { a: 1 },
      z1: 1,
      z2: 2,
    };
    expect(defaultColumns([row])).toEqual([
      'isin',
      'issuer_name',
      'coupon',
      'maturity_date',
      'currency',
      'country',
      'asset_class',
      'cfi_code',
    ]);
  });

  test('cells summarise nested values and truncate long text', () => {
    expect(cellText({ benchmark: 'SOFR', spread_in_bps: 25 })).toBe('{benchmark: SOFR, spread_in_bps: 25}');
    expect(cellText(['a', 'b'])).toBe('a, b');
    expect(cellText(null)).toBe('');
    expect(cellText('x'.repeat(50), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('formats', () => {
  const data = [
    { isin: 'US0378331005', coupon: 3.85, extra: { a: 1 } },
    { isin: 'XS2724510792', coupon: -0.1, extra: null },
  ];

  test('table on a terminal, JSON when piped, --format wins', () => {
    expect(chooseFormat(undefined, true)).toBe('table');
    expect(chooseFormat(undefined, false)).toBe('json');
    expect(chooseFormat('csv', true)).toBe('csv');
  });

  test('json is the lossless envelope; ndjson one row per line; --fields projects', async () => {
    const json = await renderResult(data, 10, { format: 'json' });
    expect(JSON.parse(json.text)).toEqual({ data, total: 10 });
    const nd = await renderResult(data, 10, { format: 'ndjson', fields: ['coupon'] });
    expect(nd.text).toBe('{"coupon":3.85}\n{"coupon":-0.1}\n');
  });

  test('table lists the chosen columns', async () => {
    const table = await renderResult(data, 2, { format: 'table' });
    expect(table.text).toContain('US0378331005');
    expect(table.text).toContain('coupon');
    expect(table.text).not.toContain('extra');
    const picked = await renderResult(data, 2, { format: 'table', fields: ['extra', 'isin'] });
    expect(picked.text).toContain('{a: 1}');
  });

  test('unknown --fields are reported, not fatal', async () => {
    const r = await renderResult(data, 2, { format: 'csv', fields: ['isin', 'nope'] });
    expect(r.text).toBe('isin,nope\nUS0378331005,\nXS2724510792,\n');
    expect(r.warnings[0]).toContain('"nope"');
  });
});

describe('long tables', () => {
  // Rows whose widest cells sit in different blocks: a wide-character name late, a long number early, empties.
  const rows = Array.from({ length: 23 }, (_, i) => ({
    isin: `US${String(i).padStart(9, '0')}${i % 10}`,
    name: i === 19 ? '日本国債 第三百回' : i % 5 === 0 ? null : `issuer ${i}`,
    price: i === 2 ? 1234567.891 : 100 + i / 8,
    callable: i % 2 === 0,
  }));
  const columns = ['isin', 'name', 'price', 'callable'];

  test('drawn in blocks, they print exactly what one table prints', async () => {
    const oneTable = await renderTable(rows, columns, 100, 1_000);
    for (const rowsPerBlock of [1, 4, 7, 22]) {
      expect(await renderTable(rows, columns, 100, rowsPerBlock)).toBe(oneTable);
    }
    const lines = oneTable.trimEnd().split('\n');
    expect(lines).toHaveLength(rows.length + 4); // top, header, rule, rows, bottom
    expect(lines[2]).toMatch(/^├─+┼/);
    expect(lines.at(-1)).toMatch(/^└─+┴/);
  });

  test('a 30,000-row table through the command: every row, one header, one line each', async () => {
    const list = Array.from({ length: 30_000 }, (_, i) => {
      const body = `US${String(i).padStart(9, '0')}`;
      return `${body}${isinCheckDigit(body)}`;
    });
    const r = await runInProcess(['isin', 'check', '-', '--format', 'table'], { stdin: list.join('\n') });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(list.length + 4);
    expect(lines.filter((l) => l.includes('isin'))).toHaveLength(1);
    expect(lines[3]).toContain(list[0]);
    expect(lines.at(-2)).toContain(list.at(-1));
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
  }, 120_000);
});
