import type { OperationName } from '@terrapin/core';
import { getOperation } from '@terrapin/core/adapter-kit';
import type { TerrapinUniverse } from '../options/types';

/** The key universe of an operation: its client namespace, or `general` for top-level operations. */
export function universeOf(name: OperationName): TerrapinUniverse {
  return getOperation(name).namespace ?? 'general';
}
