/**
 * Reading answers within a size limit (issue 14 item 3: a 200 MB answer grew the client by 797 MB). The limit is
 * enforced while the body streams in: bytes are counted as they arrive and the stream is cancelled (closing the
 * connection) the moment the count passes the limit, so at most about the limit is ever held; a `content-length`
 * above it refuses the body before anything is read.
 */

/** What to do with a body that passes the limit: refuse it with the given error, or keep the first bytes. */
export type Overflow = { refuse: (receivedBytes: number | null) => Error } | { truncate: true };

/** The `content-length` a response declares, or `null` when it declares none (or nonsense). */
export function declaredLength(headers: Headers): number | null {
  const raw = headers.get('content-length');
  if (raw === null || !/^\s*\d+\s*$/.test(raw)) return null;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : null;
}

/** Cancels a body nobody will read, so its connection is closed rather than drained. */
export function discard(body: ReadableStream<Uint8Array> | null): void {
  if (body && !body.locked) body.cancel().catch(() => {});
}

/**
 * Reads a body as UTF-8 text (as `response.text()` does: BOM dropped, bad bytes replaced), holding at most
 * `limitBytes`. Past the limit the stream is cancelled, then the body is refused (`overflow.refuse`) or cut there
 * (`overflow.truncate`, for error answers, whose details only matter in their first bytes).
 */
export async function readTextWithin(
  response: Response,
  limitBytes: number,
  overflow: Overflow,
): Promise<string> {
  const declared = declaredLength(response.headers);
  if ('refuse' in overflow && declared !== null && declared > limitBytes) {
    discard(response.body);
    throw overflow.refuse(null);
  }
  const body = response.body;
  if (!body) return '';
  const reader = body.getReader();
  // Raw bytes are kept until the end (off the JS heap), so a refused body is never decoded: refusing costs about
  // the limit in memory, not the limit plus its text (issue 14 item 3's figure: growth while refusing).
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (received + value.byteLength > limitBytes) {
      // Not awaited: a stalled peer must not hold the caller; the cancel closes the connection either way.
      reader.cancel().catch(() => {});
      if ('refuse' in overflow) throw overflow.refuse(received + value.byteLength);
      chunks.push(value.subarray(0, limitBytes - received));
      break;
    }
    received += value.byteLength;
    chunks.push(value);
  }
  // Decoded chunk by chunk, each dropped once it is text, so bytes and text are not both held whole.
  const decoder = new TextDecoder();
  let text = '';
  for (let i = 0; i < chunks.length; i++) {
    text += decoder.decode(chunks[i], { stream: true });
    chunks[i] = EMPTY;
  }
  return text + decoder.decode();
}

const EMPTY = new Uint8Array(0);

/**
 * Passes a byte stream through unchanged until more than `limitBytes` have gone by, then fails it with
 * `refuse(received)` (which cancels the source: the connection closes). For documents, which are streamed to the
 * caller rather than read here.
 */
export function limitStream(
  body: ReadableStream<Uint8Array>,
  limitBytes: number,
  refuse: (receivedBytes: number) => Error,
): ReadableStream<Uint8Array> {
  let received = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        received += chunk.byteLength;
        if (received > limitBytes) controller.error(refuse(received));
        else controller.enqueue(chunk);
      },
    }),
  );
}
