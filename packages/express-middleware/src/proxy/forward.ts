import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { OperationName, TerrapinClient, TerrapinDocument, TerrapinResult } from '@terrapin/core';
import type { Response } from 'express';
import { rateLimitHeaders } from './rate-limit-headers';

/**
 * Sends a validated body through the core client (retries, pacing, ISIN batching, the shared quota ledger) and
 * returns the body to answer with. Nothing of the caller's request (headers, cookies) is passed along: the
 * client builds a fresh request with the server's key.
 */
export async function forwardJson(
  client: TerrapinClient,
  operation: OperationName,
  body: unknown,
  signal: AbortSignal,
): Promise<{ json: string; headers: Record<string, string> }> {
  const result = (await client.call(operation, body as never, { signal })) as TerrapinResult<OperationName>;
  const headers = rateLimitHeaders(result.rateLimit);
  if (result.requestId) headers['request-id'] = result.requestId;
  return { json: JSON.stringify({ data: result.data, total: result.total }), headers };
}

/** A document over the proxy's `maxDocumentBytes`: refused before the first byte, or cut off mid-stream. */
export class DocumentTooLargeError extends Error {
  override readonly name = 'DocumentTooLargeError';
  constructor(readonly maxBytes: number) {
    super(`Document larger than maxDocumentBytes (${maxBytes} bytes); not passed on`);
  }
}

/**
 * Streams `download_document` bytes to the browser with their content type (PDF or text), without buffering, and
 * at most `maxBytes` of them (issue 14 #3: documents stream through with their own limit; JSON answers are bounded
 * by the core client's `maxResponseBytes`). A stated `content-length` over the limit is refused before the first
 * byte (an error envelope); past the limit mid-stream, the connection is cut. `headers` override the upstream's
 * rate-limit headers (the caller's own, when a per-user rate is set).
 */
export async function streamDocument(
  client: TerrapinClient,
  body: unknown,
  res: Response,
  signal: AbortSignal,
  limits: { maxBytes: number; headers: Record<string, string> },
): Promise<void> {
  const doc: TerrapinDocument = await client.downloadDocument(body as never, { signal });
  if (doc.contentLength !== null && doc.contentLength > limits.maxBytes) {
    await doc.body?.cancel().catch(() => {});
    throw new DocumentTooLargeError(limits.maxBytes);
  }
  res.status(200);
  res.set(rateLimitHeaders(doc.rateLimit));
  res.set(limits.headers);
  if (doc.requestId) res.set('request-id', doc.requestId);
  res.set('content-type', safeDocumentType(doc.contentType));
  // The bytes come from a third party: the browser must not sniff a text document into HTML.
  res.set('x-content-type-options', 'nosniff');
  // No content-length: fetch has already undone any content-encoding, so the upstream's length may not match.
  if (!doc.body) {
    res.end();
    return;
  }
  await pipeline(
    Readable.fromWeb(doc.body as unknown as NodeReadableStream<Uint8Array>),
    byteLimit(limits.maxBytes),
    res,
  );
}

/** Passes bytes through until `maxBytes`, then fails the pipeline (which cuts the browser's connection). */
function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) done(new DocumentTooLargeError(maxBytes));
      else done(null, chunk);
    },
  });
}

// What the API sends for documents (CONTRACT.md §10: PDF or extracted text). Anything else is passed on as opaque
// bytes, so an unexpected `text/html` from upstream can never render as a page of the app's origin.
const DOCUMENT_TYPES = /^(application\/pdf|text\/plain|application\/octet-stream)\s*(;|$)/i;

function safeDocumentType(contentType: string): string {
  return DOCUMENT_TYPES.test(contentType) ? contentType : 'application/octet-stream';
}
