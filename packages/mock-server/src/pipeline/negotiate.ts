import type { IncomingMessage } from 'node:http';
import { isBinaryOperation } from '@terrapin/core/adapter-kit';
import type { AnyOperation } from '@terrapin/core/contract';
import Negotiator from 'negotiator';
import { elementAt } from '../internal/element-at';

/** What a document download can come back as (the file's own type; CONTRACT.md §10). */
const DOCUMENT_TYPES = ['application/pdf', 'text/plain', 'application/octet-stream'];

/**
 * The media type to answer `op` with, by the request's `Accept` header (RFC 9110 §12.5.1, q-values and wildcards
 * included), or `null` when the header allows none of the operation's types (→ 406). The spec's `Accept` parameter
 * allows `application/json`, plus `text/csv` where declared; a missing header means JSON, as the API's default.
 */
export function negotiate(op: AnyOperation, req: IncomingMessage): string | null {
  const available = isBinaryOperation(op)
    ? DOCUMENT_TYPES
    : op.acceptsCsv
      ? ['application/json', 'text/csv']
      : ['application/json'];
  if (!req.headers.accept) return elementAt(available, 0);
  return new Negotiator(req).mediaType(available) ?? null;
}
