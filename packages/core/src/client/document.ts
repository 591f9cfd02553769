import type { RateLimitInfo } from './rate-limit-headers';
import type { HttpSuccess } from './request';
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

/** Wraps a streamed 2xx answer; read errors become typed errors (abort, connection). */
export function toDocument(http: HttpSuccess, context: Omit<FailureContext, 'attempt'>): TerrapinDocument {
  const { response } = http;
  const length = Number(response.headers.get('content-length'));
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
