import type { OperationName, OperationParams } from '@terrapin/core/contract';
import type { Universe } from '../data/universe';
import type { ApiFailure } from '../pipeline/errors';

/** A file answer (`download_document`): raw bytes, not the JSON envelope. */
export interface FileResult {
  contentType: string;
  filename: string;
  body: Buffer;
}

/**
 * What a handler returns: rows for the `{ data, total }` envelope (`total` defaults to the number of rows), a
 * file, or a failure in the API's error shape.
 */
export type HandlerResult =
  | { data: readonly unknown[]; total?: number }
  | { file: FileResult }
  | { failure: ApiFailure };

/** A handler: a small data function from the validated (normalised) body to its result. */
export type Handler<N extends OperationName> = (
  params: OperationParams<N>,
  universe: Universe,
) => HandlerResult;

/** One handler per operation of the table; the compiler keeps the registry complete. */
export type HandlerRegistry = { [N in OperationName]: Handler<N> };

/** The API's response cap (CONTRACT.md §2). */
export const MAX_ROWS = 1000;
