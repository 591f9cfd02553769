import type { ErrorRequestHandler } from 'express';
import { errorItem, sendErrors } from '../internal/send-errors';

/**
 * Turns `express.json()` failures into the API's envelope: 413 for a body over `bodyLimit`, 400 for a body that is
 * not JSON (the API's own status for it: CONTRACT.md §3), 415 for an unsupported charset or encoding. Anything else
 * goes on to the app's handlers.
 */
export const bodyParserErrors: ErrorRequestHandler = (error, _req, res, next) => {
  switch ((error as { type?: unknown } | null)?.type) {
    case 'entity.too.large':
      sendErrors(res, 413, [errorItem('Request body too large for this proxy')]);
      return;
    case 'entity.parse.failed':
      sendErrors(res, 400, [errorItem('Request body is not valid JSON')]);
      return;
    case 'charset.unsupported':
    case 'encoding.unsupported':
      sendErrors(res, 415, [errorItem('Unsupported body encoding; send UTF-8 JSON')]);
      return;
    default:
      next(error);
  }
};
