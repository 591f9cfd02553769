import { operations } from '../contract/operations.generated';
import type { OperationName } from '../contract/types';

/**
 * True when `name` is a key of the operations table. The client works on table entries typed by their name as a
 * plain `string` (`AnyOperation`); the contract's name-typed functions take it narrowed by this guard.
 */
export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}
