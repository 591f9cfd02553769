import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ReadableStream as NodeReadableStream } from 'node:stream/web';
import {
  type OperationName,
  type OperationParams,
  type TerrapinClient,
  type TerrapinDocument,
  validateRequest,
} from '@terrapin/core';
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
  body: OperationParams<OperationName>,
  signal: AbortSignal,
): Promise<{ json: string; headers: Record<string, string> }> {
  const result = await client.call(operation, body, { signal });
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
  // The body passed the contract's validation for this operation already; validating it again here types it.
  const params = validateRequest('download_document', body);
  if (!params.success) throw new TypeError('streamDocument() needs a download_document body');
  const doc: TerrapinDocument = await client.downloadDocument(params.data, { signal });
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
  // fetch's body is Node's own web stream; the DOM and node:stream/web typings just do not know it. Checking the
  // class (as Readable.fromWeb itself does) gives the Node type without a cast.
  if (!(doc.body instanceof NodeReadableStream))
    throw new TypeError('Document body is not a Node web stream');
  await pipeline(Readable.fromWeb(doc.body), byteLimit(limits.maxBytes), res);
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
