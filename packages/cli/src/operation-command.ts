import type { AnyOperation } from '@terrapin/core/contract';
import { type Command, Option } from 'commander';
import type { CliContext } from './context';
import { bindField, type FieldBinding, hasFlag, optionsForField } from './flags';
import { runOperation } from './operation-action';
import { describeOperation, docsOf, exampleFor } from './operation-help';
import { addOutputOptions } from './output-options';
import { addPriceOptions } from './price-to-yield';

const REQUEST = 'Request options:';

/**
 * Adds the command for one operation of the table: positional ISINs for ISIN operations, one flag per request
 * field (flags.ts), `--body` for anything flags cannot express, output flags, and help from the spec.
 * @param path the command path under `terrapin`, e.g. `['bonds', 'pricing-latest']`.
 */
export function addOperationCommand(
  parent: Command,
  op: AnyOperation,
  ctx: CliContext,
  path: string[],
): Command {
  const name = path[path.length - 1]!;
  const doc = docsOf(op);
  const cmd = parent.command(name).summary(doc.summary).description(describeOperation(op));

  const takesIsinList = op.isinField === 'isins' || op.bodyIsArray;
  if (takesIsinList) {
    cmd.argument('[isins...]', 'ISINs, space- or comma-separated; `-` reads them from stdin');
  } else if (op.isinField === 'isin') {
    cmd.argument('[isin]', 'ISIN of the bond');
  }

  const bindings: FieldBinding[] = [];
  for (const field of doc.fields) {
    if (!hasFlag(field)) continue;
    const options = optionsForField(field);
    for (const option of options) cmd.addOption(option.helpGroup(REQUEST));
    bindings.push(bindField(field, options[0]!));
  }
  if (op.bodyIsArray) addPriceOptions(cmd);
  if (takesIsinList) {
    cmd.addOption(
      new Option(
        '--isins-file <path>',
        'read ISINs from a file (one per line or comma-separated; - for stdin)',
      ).helpGroup(REQUEST),
    );
  }
  cmd.addOption(
    new Option(
      '--body <json|@file|->',
      op.bodyIsArray
        ? 'the request as JSON (a top-level array), from a string, @file or - (stdin)'
        : 'request fields as a JSON object (string, @file or - for stdin); flags override its fields',
    ).helpGroup(REQUEST),
  );
  if (op.bodyIsArray) {
    cmd.addOption(new Option('--input <file>', 'same as --body @file (- for stdin)').helpGroup(REQUEST));
  }
  addOutputOptions(cmd, { paginated: op.paginated });
  cmd.addHelpText('after', `\nExample:\n  $ ${exampleFor(op, path)}\n`);
  cmd.action(async () => {
    await runOperation(ctx, op, bindings, cmd);
  });
  return cmd;
}
