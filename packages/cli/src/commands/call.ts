import { findOperation } from '@terrapin/core/adapter-kit';
import { operationNames } from '@terrapin/core/contract';
import { type Command, Option } from 'commander';
import { readJsonBody } from '../body-input';
import { connect, readGlobalOptions } from '../connect';
import type { CliContext } from '../context';
import { streamToStdout } from '../download-stream';
import { emitResult } from '../emit';
import { CliUsageError } from '../errors';
import { kebabToSnake } from '../naming';
import { ownOptions, positionalStrings } from '../option-values';
import { compileQuery, queryFormat } from '../output/query';
import { addOutputOptions, readOutputFlags } from '../output-options';

/**
 * `terrapin call <operation> --body '<json>'`: any operation by its API name with a raw JSON body, for fields
 * no flag covers or an operation newer than this CLI. Core still validates the body before sending; pointers in
 * errors refer to that JSON.
 */
export function addCallCommand(program: Command, ctx: CliContext): void {
  const cmd = program
    .command('call')
    .summary('Call any operation by its API name with a JSON body')
    .description(
      `Call any operation by its API name (${operationNames.length} operations) with a JSON body.\n\nOperations: ${operationNames.join(', ')}`,
    )
    .argument('<operation>', 'API operation name, e.g. bond_search (kebab-case also accepted)')
    .addOption(new Option('--body <json|@file|->', 'request body: JSON text, @file.json, or - for stdin'));
  addOutputOptions(cmd, { paginated: false });
  cmd.addHelpText(
    'after',
    `\nExamples:\n  $ terrapin call bond_search --body '{"countries":["Italy"],"coupon_min":3,"limit":5}'\n  $ terrapin call muni_price_to_yield --body @request.json\n`,
  );
  cmd.action(async () => {
    const [name = ''] = positionalStrings(cmd);
    const options = ownOptions(cmd);
    const flags = readOutputFlags(options);
    const rawBody = options.string('body');
    const operation = kebabToSnake(name.trim());
    const op = findOperation(operation);
    if (!op) {
      throw new CliUsageError(`unknown operation ${JSON.stringify(name)}`, [
        `operations: ${operationNames.join(', ')}`,
      ]);
    }
    const body = rawBody === undefined ? (op.bodyIsArray ? [] : {}) : await readJsonBody(rawBody, ctx.io);
    if (flags.query !== undefined) {
      queryFormat(flags.format);
      await compileQuery(flags.query);
    }
    const { client, logBody } = await connect(ctx, readGlobalOptions(cmd));
    logBody(op.name, body);
    if (op.item === null) {
      // The binary operation: bytes to stdout (use `terrapin documents download -o` for files).
      await streamToStdout(ctx, await client.downloadDocument(body));
      return;
    }
    const result = await client.call(op.name, body);
    await emitResult(ctx, result.data, result.total, flags, { paginated: op.paginated });
  });
}
