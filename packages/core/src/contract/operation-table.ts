import { operations } from './operations.generated';
import type { AnyOperation, OperationName } from './types';

// The generated table's literal types are for callers; code that works on any operation reads this one typed view,
// so no module re-casts the table on its own.
const byName: ReadonlyMap<string, AnyOperation> = new Map<string, AnyOperation>(Object.entries(operations));

/**
 * The definition of a known operation.
 * @example getOperation('bond_reference').path // '/api/v1/bond_reference'
 */
export function getOperation(name: OperationName): AnyOperation {
  const op = byName.get(name);
  if (op === undefined) throw new Error(`Unknown operation ${JSON.stringify(name)}`);
  return op;
}

/** The definition of `name`, or `undefined` when no operation has that name (untrusted input: CLI, proxy). */
export function findOperation(name: string): AnyOperation | undefined {
  return byName.get(name);
}

/** Every operation definition, in the table's order. */
export function allOperations(): readonly AnyOperation[] {
  return [...byName.values()];
}

/**
 * True for the operation whose 200 body is raw bytes (`download_document`): it has no row schema, so its
 * `response` is `binaryResponse` rather than an envelope. The one test the client, the CLI and the mock share.
 */
export function isBinaryOperation(op: AnyOperation): boolean {
  return op.item === null;
}
