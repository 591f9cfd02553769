import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DownloadResult } from './client-port';
import type { CliContext } from './context';
import { writeChunk } from './io';

/**
 * The chunks of a web byte stream. The DOM typings give `ReadableStream` no async iterator, so it is read through
 * its reader; stopping early (a failed write) cancels the download, as `for await` over the stream would.
 */
export async function* chunksOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        finished = true;
        return;
      }
      yield next.value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** Writes a download to stdout as it arrives; resolves to the byte count. */
export async function streamToStdout(ctx: CliContext, result: DownloadResult): Promise<number> {
  let bytes = 0;
  if (!result.body) return bytes;
  // Not pipeline(): that would end process.stdout, which later writes (and the exit flush) still need.
  for await (const chunk of chunksOf(result.body)) {
    bytes += chunk.byteLength;
    await writeChunk(ctx.io.stdout, chunk);
  }
  return bytes;
}

/** Downloads to `<file>.part`, renamed on success: an interrupted download never looks complete. */
export async function streamToFile(result: DownloadResult, path: string): Promise<number> {
  const partial = `${path}.part`;
  let bytes = 0;
  const source = Readable.from(result.body ? chunksOf(result.body) : []);
  source.on('data', (chunk: Uint8Array) => {
    bytes += chunk.byteLength;
  });
  try {
    await pipeline(source, createWriteStream(partial));
    await rename(partial, path);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  return bytes;
}
