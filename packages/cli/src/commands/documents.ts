import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AnyOperation } from '@terrapin/core/contract';
import { type Command, Option } from 'commander';
import type { DownloadResult } from '../client-port';
import { connect, type GlobalOptions } from '../connect';
import type { CliContext } from '../context';
import { CliUsageError } from '../errors';
import { writeChunk } from '../io';
import { docsOf } from '../operation-help';

/**
 * `terrapin documents download <file_id> [-o file]`: the binary operation of the table (its response is raw
 * bytes, not the envelope), streamed to a file or stdout without holding the document in memory.
 */
export function addDocumentsCommands(program: Command, op: AnyOperation, ctx: CliContext): void {
  const group = program
    .command('documents')
    .summary('Municipal bond documents (list them with `terrapin munis documents <isin>`)')
    .description(
      "Municipal bond documents. List a bond's documents with `terrapin munis documents <isin> --document-type official_statement`, then download one by its file_id (original, usually PDF) or text_file_id (extracted text).",
    );
  const doc = docsOf(op);
  const field = op.requiredFields[0] ?? 'file_id';
  group
    .command('download')
    .summary(doc.summary)
    .description(`${doc.description}\n\nAPI operation: ${op.name}`)
    .argument(`<${field}>`, doc.fields.find((f) => f.name === field)?.description ?? 'document key')
    .addOption(new Option('-o, --output <file>', 'write to this file (default: stdout; - for stdout)'))
    .option('--force', 'write binary data to a terminal anyway')
    .addHelpText('after', '\nExample:\n  $ terrapin documents download <file_id> -o statement.pdf\n')
    .action(async (fileId: string, flags: { output?: string; force?: boolean }, command: Command) => {
      const toStdout = flags.output === undefined || flags.output === '-';
      if (toStdout && ctx.io.stdout.isTTY && !flags.force) {
        throw new CliUsageError('refusing to write a document to the terminal', [
          'use -o <file>, pipe the output, or pass --force',
        ]);
      }
      const { client, logBody } = await connect(ctx, command.optsWithGlobals<GlobalOptions>());
      const body = { [field]: fileId } as { file_id: string };
      logBody(op.name, body);
      const result = await client.downloadDocument(body);
      const bytes = toStdout
        ? await streamToStdout(ctx, result)
        : await streamToFile(result, resolve(ctx.io.cwd, flags.output!));
      if (!toStdout) {
        ctx.err(`saved ${bytes} bytes (${result.contentType ?? 'unknown type'}) to ${flags.output}\n`);
      }
    });
}

async function streamToStdout(ctx: CliContext, result: DownloadResult): Promise<number> {
  let bytes = 0;
  if (!result.body) return bytes;
  // Not pipeline(): that would end process.stdout, which later writes (and the exit flush) still need.
  for await (const chunk of result.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    await writeChunk(ctx.io.stdout, chunk);
  }
  return bytes;
}

/** Downloads to `<file>.part`, renamed on success: an interrupted download never looks complete. */
async function streamToFile(result: DownloadResult, path: string): Promise<number> {
  const partial = `${path}.part`;
  let bytes = 0;
  const source = result.body
    ? Readable.fromWeb(result.body as Parameters<typeof Readable.fromWeb>[0])
    : Readable.from([]);
  source.on('data', (chunk: Buffer) => {
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
