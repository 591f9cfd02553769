import { createServer, request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { callOp, MOUNT, ORIGIN, proxyApp } from './helpers/app';
import { CANARY_KEY } from './helpers/canary';
import { listenLocal } from './helpers/listen';
import { json, STUB_PDF, useStubUpstream } from './helpers/stub-upstream';

describe('terrapinProxy: download_document', () => {
  const upstream = useStubUpstream();

  it('answers the bytes with their content type and nosniff', async () => {
    const { app } = proxyApp(upstream.url, { allow: ['download_document'] });
    const res = await callOp(app, 'download_document', { file_id: 'os-2024-001.pdf' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers['request-id']).toMatch(/^req_stub_/);
    expect(Buffer.compare(res.body as Buffer, STUB_PDF)).toBe(0);
    expect(upstream.requests[0]?.body).toEqual({ file_id: 'os-2024-001.pdf' });
  });

  it('never passes on a content type that a browser would render as a page', async () => {
    upstream.handler = () => ({
      status: 200,
      body: '<script>alert(document.cookie)</script>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });
    const { app } = proxyApp(upstream.url, { allow: ['download_document'] });
    const res = await callOp(app, 'download_document', { file_id: 'evil' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('passes an unknown document key through as 404', async () => {
    upstream.handler = () => json(404, { errors: [{ detail: 'Unknown document key' }] });
    const { app } = proxyApp(upstream.url, { allow: ['download_document'] });
    const res = await callOp(app, 'download_document', { file_id: 'nope' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errors: [{ detail: 'Unknown document key' }] });
  });

  it('streams: the browser gets the first bytes while the upstream is still sending', async () => {
    let finish: () => void = () => {};
    const chunk = Buffer.alloc(64 * 1024, 0x41);
    const slow = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        expect(req.headers.authorization).toBe(`Bearer ${CANARY_KEY}`);
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.write(chunk);
        finish = () => res.end(chunk);
      });
    });
    const slowUrl = await listenLocal(slow);
    const { app } = proxyApp(slowUrl, { allow: ['download_document'] });
    const proxy = createServer(app);
    const proxyUrl = await listenLocal(proxy);
    try {
      const received = await new Promise<{ first: number; total: number; type: string | undefined }>(
        (resolve, reject) => {
          const req = httpRequest(`${proxyUrl}${MOUNT}/download_document`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
          });
          req.on('response', (res) => {
            let total = 0;
            let first = 0;
            res.on('data', (data: Buffer) => {
              if (total === 0) {
                first = data.length;
                finish(); // only now does the upstream send the rest
              }
              total += data.length;
            });
            res.on('end', () => resolve({ first, total, type: res.headers['content-type'] }));
            res.on('error', reject);
          });
          req.on('error', reject);
          req.end(JSON.stringify({ file_id: 'os.txt' }));
        },
      );
      expect(received.first).toBeGreaterThan(0);
      expect(received.total).toBe(2 * chunk.length);
      expect(received.type).toBe('text/plain; charset=utf-8');
    } finally {
      proxy.closeAllConnections();
      slow.closeAllConnections();
      await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => slow.close(r))]);
    }
  });
});
