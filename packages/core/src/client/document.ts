import { TerrapinResponseTooLargeError } from '../errors/response-too-large-error';
import { declaredLength, limitStream } from './body-limit';
import type { HttpSuccess } from './http-call';
import type { RateLimitInfo } from './rate-limit-headers';
import { type FailureContext, toTransportError } from './transport';

/**
 * A downloaded document (`download_document`, CONTRACT.md §10): raw bytes, never parsed as JSON. Read it once:
 * stream `body`, or call `arrayBuffer()` or `text()`.
 * @example
 * const doc = await terrapin.downloadDocument({ file_id });
 * await writeFile('statement.pdf', new Uint8Array(await doc.arrayBuffer()));
 */
export interface TerrapinDocument {
  /** The `content-type` the server sent (PDF or text, typically). */
  contentType: string;
  /** `content-length` in bytes, when sent. */
  contentLength: number | null;
  /** The body as a byte stream (`null` for an empty body). */
  body: ReadableStream<Uint8Array> | null;
  /** Reads the whole body. */
  arrayBuffer(): Promise<ArrayBuffer>;
  /** Reads the whole body as UTF-8 text (for `text_file_id` documents). */
  text(): Promise<string>;
  requestId: string | null;
  rateLimit: RateLimitInfo | null;
}

/**
 * Wraps a streamed 2xx answer; read errors become typed errors (abort, connection). The body passes through a
 * counter: past `maxDocumentBytes` the stream fails with `TerrapinResponseTooLargeError` and the connection is
 * cancelled (a declared `content-length` above it was refused before this point).
 */
export function toDocument(
  http: HttpSuccess,
  maxDocumentBytes: number,
  context: Omit<FailureContext, 'attempt'>,
): TerrapinDocument {
  const length = Number(http.response.headers.get('content-length'));
  const refuse = (received: number) =>
    new TerrapinResponseTooLargeError({
      operation: context.operation,
      url: context.url,
      status: http.status,
      requestId: http.requestId,
      limitBytes: maxDocumentBytes,
      limitOption: 'maxDocumentBytes',
      receivedBytes: received,
      contentLength: declaredLength(http.response.headers),
    });
  // A Response over the counted stream keeps `arrayBuffer()` / `text()` and the stream on one limit.
  const body = http.response.body ? limitStream(http.response.body, maxDocumentBytes, refuse) : null;
  const response = new Response(body, { headers: http.response.headers });
  // The attempt's timeout stopped when headers arrived; only the caller's signal can end the stream now.
  const request: FailureContext = { ...context, attempt: { timedOut: () => false } };
  const read = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw toTransportError(error, request);
    }
  };
  return {
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    contentLength: response.headers.has('content-length') && Number.isFinite(length) ? length : null,
    body: response.body,
    arrayBuffer: () => read(() => response.arrayBuffer()),
    text: () => read(() => response.text()),
    requestId: http.requestId,
    rateLimit: http.rateLimit,
  };
}
