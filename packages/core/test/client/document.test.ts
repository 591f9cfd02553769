import { afterEach, describe, expect, it } from 'vitest';
import { TerrapinNotFoundError } from '../../src/index';
import { testClient } from './helpers/fixtures';
import { apiError, startServer, type TestServer } from './helpers/server';

let server: TestServer;
afterEach(() => server?.close());

// A small PDF-like payload with bytes that are not valid UTF-8 or JSON.
const pdf = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from([0xff, 0x00, 0xfe, 0x80]),
  Buffer.from('\n%%EOF'),
]);

describe('downloadDocument', () => {
  it('returns the raw bytes and content type, never parsed', async () => {
    server = await startServer(() => ({
      status: 200,
      headers: { 'content-type': 'application/pdf', 'request-id': 'req_doc' },
      body: pdf,
    }));
    const doc = await testClient(server.url).downloadDocument({ file_id: 'os/abc.pdf' });
    expect(server.requests[0]!.body).toEqual({ file_id: 'os/abc.pdf' });
    expect(server.requests[0]!.headers.accept).toBe('*/*');
    expect(doc.contentType).toBe('application/pdf');
    expect(doc.contentLength).toBe(pdf.length);
    expect(doc.requestId).toBe('req_doc');
    expect(Buffer.from(await doc.arrayBuffer())).toEqual(pdf);
  });

  it('streams the body', async () => {
    const big = Buffer.alloc(256 * 1024, 7);
    server = await startServer(() => ({ status: 200, headers: { 'content-type': 'text/plain' }, body: big }));
    const doc = await testClient(server.url, { timeout: 1_000 }).downloadDocument({ file_id: 'x.txt' });
    let received = 0;
    const reader = doc.body!.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) received += r.value.byteLength;
    expect(received).toBe(big.length);
  });

  it('text() reads extracted-text documents', async () => {
    server = await startServer(() => ({
      status: 200,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: 'Official Statement',
    }));
    const doc = await testClient(server.url).downloadDocument({ file_id: 'os/abc.txt' });
    expect(await doc.text()).toBe('Official Statement');
  });

  it('an unknown file_id is a TerrapinNotFoundError', async () => {
    server = await startServer(() => apiError(404, 'Unknown document key'));
    const error = await testClient(server.url)
      .downloadDocument({ file_id: 'nope' })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TerrapinNotFoundError);
    expect(error.message).toBe('404 Unknown document key (request id req_404)');
  });
});
