import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startCaptureServer } from './helpers/capture-server';
import { runInProcess, tempConfigHome } from './helpers/in-process';

const CANARY = 'tpk_canary_9f8e7d6c5b4a';
const TOTAL = 23;
const rows = Array.from({ length: TOTAL }, (_, i) => ({
  isin: `ROW${String(i).padStart(9, '0')}`,
  coupon: i / 2,
}));

let server: Awaited<ReturnType<typeof startCaptureServer>>;
beforeAll(async () => {
  server = await startCaptureServer((req) => {
    const body = req.body as { limit?: number; offset?: number };
    const offset = body.offset ?? 0;
    const limit = body.limit ?? 100;
    return { body: { data: rows.slice(offset, offset + limit), total: TOTAL } };
  });
});
afterAll(() => server.close());

const cli = (args: string[], opts: { stderrTTY?: boolean } = {}) =>
  runInProcess(['--base-url', server.url, ...args], { env: { TERRAPIN_API_KEY: CANARY }, ...opts });

describe('--all', () => {
  test('follows limit/offset pages to the end (count first, then pages of --limit)', async () => {
    const before = server.requests.length;
    const r = await cli(['agency', 'search', '--all', '--limit', '10', '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.total).toBe(TOTAL);
    expect(out.data).toEqual(rows);
    const sent = server.requests.slice(before).map((q) => q.body);
    expect(sent).toEqual([
      { limit: 0 },
      { limit: 10, offset: 0 },
      { limit: 10, offset: 10 },
      { limit: 10, offset: 20 },
    ]);
    expect(r.stderr).toBe(`${TOTAL} of ${TOTAL} rows\n`);
  });

  test('--max-items bounds it; ndjson streams rows', async () => {
    const r = await cli(['munis', 'search', '--all', '--max-items', '5', '--format', 'ndjson']);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual(rows.slice(0, 5));
  });

  test('progress bar on stderr only when stderr is a terminal', async () => {
    const tty = await cli(['bonds', 'search', '--all', '--limit', '5', '--format', 'csv'], {
      stderrTTY: true,
    });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain('bond_search [');
    expect(tty.stdout.trim().split('\n')).toHaveLength(TOTAL + 1);
    const piped = await cli(['bonds', 'search', '--all', '--limit', '5', '--format', 'csv']);
    expect(piped.stderr).not.toContain('[');
  });
});

describe('documents download', () => {
  let docServer: ReturnType<typeof createServer>;
  let url: string;
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200_000, 7)]);
  beforeAll(async () => {
    docServer = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        const { file_id } = JSON.parse(body) as { file_id: string };
        if (file_id !== 'os-123') {
          res.writeHead(404, { 'content-type': 'application/json', 'request-id': 'req_404' });
          res.end(JSON.stringify({ errors: [{ detail: 'Unknown document key' }] }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(pdf.length) });
        res.end(pdf);
      });
    });
    await new Promise<void>((r) => docServer.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(docServer.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => docServer.close(() => r())));

  test('-o writes the bytes to a file (no .part left behind)', async () => {
    const dir = tempConfigHome();
    const r = await runInProcess(['--base-url', url, 'documents', 'download', 'os-123', '-o', 'os.pdf'], {
      env: { TERRAPIN_API_KEY: CANARY },
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'os.pdf')).equals(pdf)).toBe(true);
    expect(existsSync(join(dir, 'os.pdf.part'))).toBe(false);
    expect(r.stderr).toContain(`saved ${pdf.length} bytes (application/pdf) to os.pdf`);
  });

  test('refuses to dump binary on a terminal; unknown key is 4', async () => {
    const tty = await runInProcess(['--base-url', url, 'documents', 'download', 'os-123'], {
      env: { TERRAPIN_API_KEY: CANARY },
      stdoutTTY: true,
    });
    expect(tty.code).toBe(2);
    const missing = await runInProcess(
      ['--base-url', url, '--max-retries', '0', 'documents', 'download', 'nope', '-o', 'x.pdf'],
      {
        env: { TERRAPIN_API_KEY: CANARY },
        cwd: tempConfigHome(),
      },
    );
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain('Unknown document key');
    expect(missing.stderr).toContain('request id: req_404');
  });
});
