import type { OperationName } from '@terrapin/core';
import { operationDocs } from '@terrapin/core/docs';

/**
 * True when `name` is an operation of the table. The docs table has one entry per operation name (its type says
 * so), which makes it the lookup that turns a runtime string into the typed name core's functions take.
 */
export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operationDocs, name);
}
