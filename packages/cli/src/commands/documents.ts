import { resolve } from 'node:path';
import type { AnyOperation } from '@terrapin/core/contract';
import { type Command, Option } from 'commander';
import { connect, readGlobalOptions } from '../connect';
import type { CliContext } from '../context';
import { streamToFile, streamToStdout } from '../download-stream';
import { CliUsageError } from '../errors';
import { docsOf } from '../operation-help';
import { ownOptions, positionalStrings } from '../option-values';

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
  const download = group
    .command('download')
    .summary(doc.summary)
    .description(`${doc.description}\n\nAPI operation: ${op.name}`)
    .argument(`<${field}>`, doc.fields.find((f) => f.name === field)?.description ?? 'document key')
    .addOption(new Option('-o, --output <file>', 'write to this file (default: stdout; - for stdout)'))
    .option('--force', 'write binary data to a terminal anyway')
    .addHelpText('after', '\nExample:\n  $ terrapin documents download <file_id> -o statement.pdf\n')
    .action(async () => {
      const [fileId = ''] = positionalStrings(download);
      const options = ownOptions(download);
      const output = options.string('output');
      const toStdout = output === undefined || output === '-';
      if (toStdout && ctx.io.stdout.isTTY && !options.boolean('force')) {
        throw new CliUsageError('refusing to write a document to the terminal', [
          'use -o <file>, pipe the output, or pass --force',
        ]);
      }
      const { client, logBody } = await connect(ctx, readGlobalOptions(download));
      const body = { file_id: fileId };
      logBody(op.name, body);
      const result = await client.downloadDocument(body);
      if (toStdout) {
        await streamToStdout(ctx, result);
        return;
      }
      const bytes = await streamToFile(result, resolve(ctx.io.cwd, output));
      ctx.err(`saved ${bytes} bytes (${result.contentType ?? 'unknown type'}) to ${output}\n`);
    });
}
