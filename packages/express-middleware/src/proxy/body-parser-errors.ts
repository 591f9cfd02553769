import { propertyOf } from '@terrapin/core/adapter-kit';
import type { ErrorRequestHandler, Request } from 'express';
import { errorItem, sendErrors } from '../internal/send-errors';
import { type ClientClosedReporter, isClientGone } from './client-closed';

/**
 * The proxy's last error handler: everything under its mount answers with the API's `{ errors }` envelope, whatever
 * `NODE_ENV` is, never Express's HTML page with a stack and `node_modules` paths (issue 14 #9: a malformed path
 * `%zz` or a corrupt gzip body got one). `express.json()` failures keep their meaning: 413 for a body over
 * `bodyLimit`, 400 for a body that is not JSON (the API's own status: CONTRACT.md §3) or cannot be decoded, 415 for
 * an unsupported charset or encoding. A request the client aborted while sending is one "client closed" event, no
 * answer and no stack. Errors thrown by the app's own hooks (`isAppError`) go on to the app's handlers.
 */
export function proxyErrorHandler(
  report: (error: unknown, status: number, serverFault: boolean) => void,
  clientClosed: ClientClosedReporter,
  isAppError: (req: Request) => boolean,
): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (isAppError(req)) {
      next(error);
      return;
    }
    const type = propertyOf(error, 'type');
    if (type === 'request.aborted' || isClientGone(res)) {
      clientClosed(null);
      return;
    }
    switch (type) {
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
    }
    const status = propertyOf(error, 'status');
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // The request itself was unreadable (a malformed path, a body that does not decompress, …).
      report(error, status, false);
      sendErrors(res, status, [errorItem(status === 400 ? 'Malformed request' : 'Request refused')]);
      return;
    }
    report(error, 500, true);
    sendErrors(res, 500, [errorItem('Internal error')]);
  };
}
