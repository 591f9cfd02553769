import type { IncomingMessage } from 'node:http';
import { type ApiFailure, failure } from './errors';

/** Largest request body accepted (a 100-ISIN request is ~1.6 kB; this leaves plenty of room). */
export const MAX_BODY_BYTES = 1 << 20;

/** Reads the whole request body, refusing more than {@link MAX_BODY_BYTES}. */
export async function readBody(req: IncomingMessage): Promise<Buffer | ApiFailure> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    // Without setEncoding (never called here) a request yields Buffers; a string would mean someone set one.
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES)
      return failure(413, `Request body too large: the limit is ${MAX_BODY_BYTES} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Parses the body as JSON (CONTRACT.md §3: a body that is not JSON is a 400). An empty body means "no filters"
 * (`muni_search` may be sent without any) and parses to `undefined`.
 */
export function parseJson(raw: Buffer): { value: unknown } | ApiFailure {
  const text = raw.toString('utf8');
  if (text.trim() === '') return { value: undefined };
  try {
    const value: unknown = JSON.parse(text);
    return { value };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure(400, `Malformed request: the body is not valid JSON (${reason})`);
  }
}
