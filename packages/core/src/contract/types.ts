import type * as z from 'zod/mini';
import type { operations } from './operations.generated';
import type { OperationDefinition } from './schema-helpers';

/** The operations table's type. */
export type Operations = typeof operations;
/** Every operation name, e.g. `'bond_reference'`. */
export type OperationName = keyof Operations;
/** An entry of the table without its specific types (for code that loops over all operations). */
export type AnyOperation = OperationDefinition<string, z.ZodMiniType, unknown, unknown>;
/** Request body type accepted by an operation (what you pass in). */
export type OperationParams<N extends OperationName> = z.input<Operations[N]['request']>;
/** One row of `data` for an operation (`never` for the binary `download_document`). */
export type OperationItem<N extends OperationName> = Operations[N]['item'] extends z.ZodMiniType
  ? z.output<Operations[N]['item']>
  : never;
/** The success envelope of an operation. */
export interface OperationEnvelope<N extends OperationName> {
  data: OperationItem<N>[];
  total: number;
  [key: string]: unknown;
}
/** Names of operations that return the JSON envelope (all but `download_document`). */
export type JsonOperationName = {
  [N in OperationName]: Operations[N]['item'] extends null ? never : N;
}[OperationName];
