import { CliUsageError } from './errors';

/** Longest line accepted from a file or stdin: an ISIN list has short lines; a 2 GB line is not one. */
export const MAX_LINE_CHARS = 1 << 20;

/**
 * Yields the lines of a byte stream one at a time (LF or CRLF, a leading BOM dropped), pulling the next chunk
 * only when the caller asks for more lines: memory stays at one chunk plus one line however long the input.
 * Written over the stream's own async iterator rather than `readline`, whose iterator buffers lines ahead of a
 * slow consumer.
 * @throws CliUsageError when a line is longer than {@link MAX_LINE_CHARS}.
 */
export async function* readLines(
  stream: AsyncIterable<string | Uint8Array>,
  label: string,
): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let first = true;
  let lineNo = 0;
  const tooLong = () =>
    new CliUsageError(
      `${label}:${lineNo + 1} is longer than ${MAX_LINE_CHARS} characters; is this an ISIN list?`,
    );
  for await (const chunk of stream) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && pending.length > 0) {
      pending = pending.replace(/^\uFEFF/, '');
      first = false;
    }
    let start = 0;
    let newline = pending.indexOf('\n', start);
    while (newline !== -1) {
      lineNo++;
      yield pending.slice(start, newline).replace(/\r$/, '');
      start = newline + 1;
      newline = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
    if (pending.length > MAX_LINE_CHARS) throw tooLong();
  }
  pending += decoder.decode();
  if (first) pending = pending.replace(/^\uFEFF/, '');
  if (pending.length > MAX_LINE_CHARS) throw tooLong();
  if (pending !== '') yield pending;
}
