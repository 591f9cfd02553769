import { namespaces, type TerrapinNamespace } from '@terrapin/core';
import { allOperations, isBinaryOperation } from '@terrapin/core/adapter-kit';
import type { Command } from 'commander';
import { addDocumentsCommands } from './commands/documents';
import type { CliContext } from './context';
import { camelToKebab } from './naming';
import { addOperationCommand } from './operation-command';

/**
 * Adds one command per entry of the operations table (issue 8: no hand-written command per endpoint):
 * `namespace` → group (`terrapin munis …`, singular alias `muni`), camelCase `method` → kebab-case command,
 * request fields → flags. The binary operation becomes `terrapin documents download`.
 * @returns the command paths added, e.g. `['munis', 'price-to-yield']`.
 */
export function deriveCommands(program: Command, ctx: CliContext): string[][] {
  const groups = new Map<string, Command>();
  const paths: string[][] = [];
  for (const op of allOperations()) {
    if (isBinaryOperation(op)) {
      addDocumentsCommands(program, op, ctx);
      paths.push(['documents', 'download']);
      continue;
    }
    const name = camelToKebab(op.method);
    let parent = program;
    const path = [name];
    if (op.namespace) {
      parent = groups.get(op.namespace) ?? addGroup(program, op.namespace, groups);
      path.unshift(op.namespace);
    }
    addOperationCommand(parent, op, ctx, path);
    paths.push(path);
  }
  return paths;
}

function addGroup(program: Command, namespace: TerrapinNamespace, groups: Map<string, Command>): Command {
  // Help lines for the universes come from core's namespace table (the spec's tags).
  const summary = namespaces[namespace].title;
  const group = program.command(namespace).summary(summary);
  group.description(
    `${summary}: one command per API operation. \`terrapin ${namespace} <command> --help\` for its flags.`,
  );
  // `terrapin muni …` and `terrapin bond …` are natural slips; agency has no plural to drop.
  const singular = namespace.replace(/s$/, '');
  if (singular !== namespace) group.alias(singular);
  groups.set(namespace, group);
  return group;
}
