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

/**
 * Facts about one request field, derived from the spec: what the CLI needs to build a typed flag and what help and
 * docs show. Part of {@link OperationDoc} (`@terrapin/core/docs`), not of the runtime operations table.
 */
export interface FieldMeta {
  /** The API's field name, e.g. `coupon_min`. */
  name: string;
  /** JSON type: `string`, `number`, `integer`, `boolean`, `array`, `object`. */
  type: string;
  /** Item type of an `array` field. */
  items?: string;
  /** `date` (`YYYY-MM-DD`) or `isin` (12 characters, check digit verified). */
  format?: 'date' | 'isin';
  /** Allowed values of a closed request enum (or of its items). */
  enum?: string[];
  /** True when the body must carry the field. */
  required: boolean;
  minimum?: number;
  maximum?: number;
  /** The spec's description, whitespace collapsed. */
  description?: string;
}

/** Documentation of one operation (`operationDocs[name]` in `@terrapin/core/docs`). */
export interface OperationDoc {
  /** One-line summary from the spec, e.g. `'Government and corporate bond search'`. */
  summary: string;
  /** The spec's longer description (may be empty). */
  description: string;
  /** One entry per request field, in spec order (empty for a top-level-array body). */
  fields: readonly FieldMeta[];
}

/** Type of `operationDocs`: one {@link OperationDoc} per operation name. */
export type OperationDocs = { readonly [N in OperationName]: OperationDoc };
