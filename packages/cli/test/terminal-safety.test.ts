import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderCsv } from '../src/output/csv';
import { type CannedResponse, startCaptureServer } from './helpers/capture-server';
import { runInProcess } from './helpers/in-process';

// One hostile string per class of terminal control: OSC title, clear screen + home, SGR colour, OSC-8 link
// (ST- and BEL-terminated), C1 CSI, backspace overwrite, BEL, carriage-return overwrite, NUL, DEL, vertical tab,
// form feed, bidi override.
const HOSTILE = {
  title: 'Bond\x1b]0;pwned title\x07',
  clear: '\x1b[2J\x1b[HClear',
  colour: '\x1b[31mRED\x1b[0m',
  link: '\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\',
  linkBel: '\x1b]8;;https://evil.example/\x07x\x1b]8;;\x07',
  c1: 'C1\x9b2J\x9d0;t\x9c',
  backspace: 'SAFE\b\b\b\bEVIL',
  bel: 'ding\x07',
  cr: 'real\rfake',
  nul: 'a\x00b',
  del: 'x\x7fy',
  vt: 'v\x0bt\x0c',
  bidi: 'abc\u202edcba\u2066',
};
const VALUES = Object.values(HOSTILE);

/** Code points a terminal acts on: C0 except \n, DEL, C1 (decoded text: box-drawing UTF-8 bytes are fine). */
function controls(text: string): string[] {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: what the test looks for.
  return [...text.matchAll(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g)].map(
    (m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

let answer: () => CannedResponse = () => ({ body: { data: [], total: 0 } });
let server: Awaited<ReturnType<typeof startCaptureServer>>;
beforeAll(async () => {
  server = await startCaptureServer(() => answer());
});
afterAll(() => server.close());

const rows = VALUES.map((value, i) => ({
  isin: 'US0378331005',
  name: value,
  [`k${i}${value.slice(0, 6)}`]: value,
  coupon: 1,
}));

async function cli(args: string[], options: { stdoutTTY?: boolean; stdin?: string } = {}) {
  return runInProcess(['--base-url', server.url, '--max-retries', '0', ...args], options);
}

describe('hostile API strings never reach the terminal as control characters', () => {
  test('table output: 0 control code points, values still visible as escapes', async () => {
    answer = () => ({ body: { data: rows, total: 99 } });
    const r = await cli(['bonds', 'search', '--format', 'table', '--fields', 'isin,name'], {
      stdoutTTY: true,
    });
    expect(r.code).toBe(0);
    expect(controls(r.stdout)).toEqual([]);
    expect(controls(r.stderr)).toEqual([]);
    // Shown, not executed, and not dropped.
    expect(r.stdout).toContain('\\x1b]0;pwned title\\x07');
    expect(r.stdout).toContain('C1\\x9b2J');
    expect(r.stdout.split('\n').length).toBeGreaterThan(VALUES.length);
  });

  test('default table (columns and headers from the data) and CSV on a terminal', async () => {
    answer = () => ({ body: { data: rows, total: rows.length } });
    for (const format of ['table', 'csv']) {
      const r = await cli(['bonds', 'search', '--format', format], { stdoutTTY: true });
      expect(r.code, r.stderr).toBe(0);
      expect(controls(r.stdout), format).toEqual([]);
    }
  });

  test('JSON and NDJSON stay exact: parsing gives back every byte', async () => {
    answer = () => ({ body: { data: rows, total: rows.length } });
    const json = await cli(['bonds', 'search', '--format', 'json'], { stdoutTTY: true });
    expect(controls(json.stdout)).toEqual([]);
    expect(JSON.parse(json.stdout).data).toEqual(rows);
    const nd = await cli(['bonds', 'search', '--format', 'ndjson'], { stdoutTTY: true });
    expect(controls(nd.stdout)).toEqual([]);
    expect(
      nd.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(rows);
  });

  test('error details from the API on stderr', async () => {
    answer = () => ({
      status: 422,
      body: {
        errors: VALUES.map((detail) => ({ title: `Invalid ${detail}`, detail, source: { pointer: '/x' } })),
      },
      // Node refuses C0 in a header; C1 passes as a latin1 byte.
      headers: { 'x-request-id': 'req-\x9b2J' },
    });
    const r = await cli(['bonds', 'search', '--limit', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SAFE\\x08');
    expect(r.stderr).toContain('request id: req-\\x9b2J');
    expect(controls(r.stderr)).toEqual([]);

    answer = () => ({ status: 500, body: `<html>${VALUES.join(' ')}</html>` });
    const e500 = await cli(['bonds', 'search', '--limit', '1']);
    expect(e500.code).not.toBe(0);
    expect(controls(e500.stderr)).toEqual([]);
  });

  test('commander errors and help that echo what was typed', async () => {
    const unknown = await cli(['bonds', 'search', `--${HOSTILE.title}`]);
    expect(unknown.code).toBe(2);
    expect(controls(unknown.stderr)).toEqual([]);
    const badEnum = await cli(['bonds', 'search', '--format', HOSTILE.clear]);
    expect(badEnum.code).toBe(2);
    expect(controls(badEnum.stderr)).toEqual([]);
    const isin = await cli(['isin', 'check', '--format', 'table', HOSTILE.c1, HOSTILE.backspace], {
      stdoutTTY: true,
    });
    expect(isin.code).toBe(2);
    expect(controls(isin.stdout + isin.stderr)).toEqual([]);
  });
});

describe('CSV formula injection', () => {
  test('a formula after leading whitespace or a line break is escaped too', async () => {
    const csv = await renderCsv(
      [{ a: ' =HYPERLINK("http://x")', b: 'note\n=cmd|calc', c: '\t@SUM(A1)', d: 'a - b', e: -3 }],
      ['a', 'b', 'c', 'd', 'e'],
    );
    const [, row] = csv.split(/\n(?=")/);
    expect(row).toBe(`"' =HYPERLINK(""http://x"")","note\n'=cmd|calc",'\t@SUM(A1),a - b,-3\n`);
  });
});
