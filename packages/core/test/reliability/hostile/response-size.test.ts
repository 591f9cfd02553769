// Issue 14 item 3, "no response size limit": a 200 MB answer grew the bare client by 797 MB. JSON and CSV bodies
// are now read under `maxResponseBytes` (documents under `maxDocumentBytes`), counted while they stream in: past
// the limit the connection is cancelled and the call fails with TerrapinResponseTooLargeError, not retried. The
// memory figure (growth while refusing 300 MB) is measured by bench/experiments/hostile-client.mjs, not here.
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createTerrapinClient, TerrapinResponseTooLargeError, TerrapinServerError } from '../../../src/index';
import { type StubUpstream, sendJson, startStub, streamHugeJson } from '../helpers/stub-upstream';

const MiB = 1024 * 1024;

let stub: StubUpstream | undefined;
afterEach(() => stub?.close());

const client = (url: string, options = {}) =>
  createTerrapinClient({
    apiKey: 'tpk_test_response_size',
    baseUrl: url,
    maxRetries: 2,
    retryBaseDelayMs: 1,
    pacing: false,
    ...options,
  });

describe('answers larger than the limit are refused while they stream (issue 14 item 3)', () => {
  it('a 300 MB answer without content-length: typed error naming the limit, stream cancelled, no retry', async () => {
    let written: Promise<number> = Promise.resolve(0);
    stub = await startStub((_, res) => {
      written = streamHugeJson(res, 300 * MiB);
    });
    const error = await client(stub.url, { maxResponseBytes: 4 * MiB })
      .bonds.search({ limit: 10 })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TerrapinResponseTooLargeError);
    const refusal = error as TerrapinResponseTooLargeError;
    expect(refusal.limitBytes).toBe(4 * MiB);
    expect(refusal.limitOption).toBe('maxResponseBytes');
    expect(refusal.message).toMatch(/maxResponseBytes \(4 MiB \(4194304 bytes\)\)/);
    expect(refusal.receivedBytes).toBeGreaterThan(4 * MiB);
    expect(refusal.receivedBytes).toBeLessThan(5 * MiB);
    // The client hung up mid-body: the stub never got to write the 300 MB.
    await stub.hungUp;
    expect(await written).toBeLessThan(300 * MiB);
    expect(stub.requests).toHaveLength(1);
  });

  it('a content-length above the limit is refused before the body is read', async () => {
    stub = await startStub((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(300 * MiB) });
      res.write('{"data":[');
      // Never finishes: only the client's hang-up ends this answer.
    });
    const error = await client(stub.url, { maxResponseBytes: MiB })
      .bonds.search({ limit: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinResponseTooLargeError);
    expect((error as TerrapinResponseTooLargeError).receivedBytes).toBeNull();
    expect((error as TerrapinResponseTooLargeError).contentLength).toBe(300 * MiB);
    await stub.hungUp;
    expect(stub.requests).toHaveLength(1);
  });

  it('CSV answers are bounded the same way', async () => {
    stub = await startStub((_, res) => {
      res.writeHead(200, { 'content-type': 'text/csv' });
      const line = `${'x'.repeat(1023)}\n`;
      for (let i = 0; i < 4 * 1024; i++) res.write(line);
      res.end();
    });
    const error = await client(stub.url, { maxResponseBytes: MiB })
      .bonds.reference({ isins: ['US912810TM09'] }, { accept: 'csv' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinResponseTooLargeError);
  });

  it('an answer within the limit is read whole', async () => {
    stub = await startStub((_, res) =>
      sendJson(res, 200, { data: [], total: 0, pad: 'y'.repeat(MiB - 100) }),
    );
    const result = await client(stub.url, { maxResponseBytes: MiB, validateResponses: 'off' }).bonds.search({
      limit: 10,
    });
    expect(result.total).toBe(0);
  });

  it('a gzip body with a small content-length that inflates past the limit is still refused', async () => {
    // content-length counts the compressed bytes: 8 MiB of JSON padding compresses to a few KiB.
    const json = JSON.stringify({ data: [], total: 0, pad: 'z'.repeat(8 * MiB) });
    const compressed = gzipSync(json);
    stub = await startStub((_, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'content-length': String(compressed.byteLength),
      });
      res.end(compressed);
    });
    expect(compressed.byteLength).toBeLessThan(MiB);
    const error = await client(stub.url, { maxResponseBytes: MiB })
      .bonds.search({ limit: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinResponseTooLargeError);
  });

  it('a huge error body is cut, not refused: the 5xx stays a retried TerrapinServerError', async () => {
    stub = await startStub((_, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 0x41);
      for (let i = 0; i < 64; i++) res.write(chunk);
      res.end();
    });
    const error = await client(stub.url, { maxResponseBytes: 32 * MiB })
      .bonds.search({ limit: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinServerError);
    expect(stub.requests).toHaveLength(3);
  });

  it('documents have their own limit: past maxDocumentBytes the stream fails with the typed error', async () => {
    stub = await startStub((_, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const chunk = Buffer.alloc(64 * 1024, 0x25);
      const pump = () => {
        while (!res.destroyed) if (!res.write(chunk)) return void res.once('drain', pump);
      };
      pump();
    });
    const terrapin = client(stub.url, { maxDocumentBytes: 2 * MiB, maxResponseBytes: 1024 });
    const doc = await terrapin.downloadDocument({ file_id: 'huge-statement' });
    const error = await doc.arrayBuffer().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinResponseTooLargeError);
    expect((error as TerrapinResponseTooLargeError).limitOption).toBe('maxDocumentBytes');
    await stub.hungUp;
  });

  it('a document declaring a content-length above maxDocumentBytes is refused at once', async () => {
    stub = await startStub((_, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(500 * MiB) });
      res.write('%PDF-1.7');
    });
    const error = await client(stub.url, { maxDocumentBytes: 10 * MiB })
      .downloadDocument({ file_id: 'huge-statement' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinResponseTooLargeError);
    await stub.hungUp;
  });
});
