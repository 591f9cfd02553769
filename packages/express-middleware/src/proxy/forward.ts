import { Readable } from 'node:stream';
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

/**
 * Streams `download_document` bytes to the browser with their content type (PDF or text), without buffering. Errors
 * before the first byte reject (and become an error envelope); after it, the connection is cut.
 */
export async function streamDocument(
  client: TerrapinClient,
  body: unknown,
  res: Response,
  signal: AbortSignal,
): Promise<void> {
  const doc: TerrapinDocument = await client.downloadDocument(body as never, { signal });
  res.status(200);
  res.set(rateLimitHeaders(doc.rateLimit));
  if (doc.requestId) res.set('request-id', doc.requestId);
  res.set('content-type', safeDocumentType(doc.contentType));
  // The bytes come from a third party: the browser must not sniff a text document into HTML.
  res.set('x-content-type-options', 'nosniff');
  // No content-length: fetch has already undone any content-encoding, so the upstream's length may not match.
  if (!doc.body) {
    res.end();
    return;
  }
  await pipeline(Readable.fromWeb(doc.body as unknown as NodeReadableStream<Uint8Array>), res);
}

// What the API sends for documents (CONTRACT.md §10: PDF or extracted text). Anything else is passed on as opaque
// bytes, so an unexpected `text/html` from upstream can never render as a page of the app's origin.
const DOCUMENT_TYPES = /^(application\/pdf|text\/plain|application\/octet-stream)\s*(;|$)/i;

function safeDocumentType(contentType: string): string {
  return DOCUMENT_TYPES.test(contentType) ? contentType : 'application/octet-stream';
}
