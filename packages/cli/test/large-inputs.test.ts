import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isinCheckDigit } from '@terrapin/core/identifiers';
import { describe, expect, test } from 'vitest';
import { runInProcess, tempConfigHome } from './helpers/in-process';

// Past the ~130k entries at which `push(...entries)` overflowed the stack (issue 14 item 14).
const N = 200_000;

function isins(n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const body = `US${String(i).padStart(9, '0')}`;
    out.push(`${body}${isinCheckDigit(body)}`);
  }
  return out;
}

describe('large ISIN lists', () => {
  test(`isin check: ${N} lines on stdin, 140k from --isins-file`, async () => {
    const list = isins(N);
    const text = `${list.join('\n')}\n`;
    const fromStdin = await runInProcess(['isin', 'check', '-', '--format', 'ndjson'], { stdin: text });
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.code).toBe(0);
    const lines = fromStdin.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(N);
    expect(JSON.parse(lines[N - 1]!)).toEqual({
      input: list[N - 1],
      isin: list[N - 1],
      valid: true,
      problem: null,
      origin: `stdin:${N}`,
    });

    const dir = tempConfigHome();
    // A smaller file (still past the old limit, and the machine is shared) with CRLF line ends and one bad line
    // near the end: exit 2, and it is the one reported.
    const M = 140_000;
    const file = list.slice(0, M);
    file[M - 2] = 'US0000000000';
    writeFileSync(join(dir, 'isins.txt'), `${file.join('\r\n')}\r\n`);
    const fromFile = await runInProcess(['isin', 'check', '--isins-file', 'isins.txt', '--format', 'csv'], {
      cwd: dir,
    });
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toContain(`1 of ${M} ISINs are invalid`);
    const csv = fromFile.stdout.trimEnd().split('\n');
    expect(csv).toHaveLength(M + 1);
    expect(csv.filter((l) => l.startsWith('isin,input,'))).toHaveLength(1);
    expect(csv[M - 1]).toBe(
      `US0000000000,US0000000000,false,invalid check digit (expected ${isinCheckDigit('US000000000')}),isins.txt:${M - 1}`,
    );
  }, 120_000);

  test(`a data command reads ${N} ISINs and reports bad ones without a request or a wall of text`, async () => {
    const list = isins(N);
    for (let i = 0; i < 500; i++) list[i * 100] = `XX${i}`;
    const r = await runInProcess(['--base-url', 'http://127.0.0.1:9', 'bonds', 'reference', '-'], {
      stdin: list.join('\n'),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('500 invalid ISINs; nothing was sent');
    expect(r.stderr).toContain('stdin:1: "XX0" must be 12 characters');
    expect(r.stderr).toContain('… and 450 more');
    expect(r.stderr.split('\n').length).toBeLessThan(60);
  }, 120_000);

  test('streamed JSON is the same document emitResult prints, across batches', async () => {
    const list = isins(2_500);
    const r = await runInProcess(['isin', 'check', '-', '--format', 'json', '--fields', 'isin,valid'], {
      stdin: list.join(','),
    });
    expect(r.code).toBe(0);
    const data = list.map((isin) => ({ isin, valid: true }));
    expect(r.stdout).toBe(`${JSON.stringify({ data, total: data.length }, null, 2)}\n`);
    const empty = await runInProcess(['isin', 'check', '-', '--format', 'json'], { stdin: '# none\n' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no ISINs given');
  });
});
