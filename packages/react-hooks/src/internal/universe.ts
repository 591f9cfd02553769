import { type AnyOperation, type OperationName, operations } from '@terrapin/core';
import type { TerrapinUniverse } from '../options/types';

/** The key universe of an operation: its client namespace, or `general` for top-level operations. */
export function universeOf(name: OperationName): TerrapinUniverse {
  return (operations[name] as AnyOperation).namespace ?? 'general';
}
