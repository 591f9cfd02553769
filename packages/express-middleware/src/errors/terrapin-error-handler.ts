import { propertyOf } from '@terrapin/core/adapter-kit';
import type { ErrorRequestHandler } from 'express';
import { sendErrors } from '../internal/send-errors';
import { createErrorReporter, type ErrorReportingOptions } from './error-event';
import { toSafeErrorResponse } from './safe-error-response';

/** Options for {@link terrapinErrorHandler}. */
export type TerrapinErrorHandlerOptions = ErrorReportingOptions;

/**
 * Error middleware (four arguments) that answers errors thrown by `@terrapin/core` with safe JSON envelopes, and
 * passes every other error on to the next handler. Mount it after your routes.
 *
 * - 400 / 404 / 422 / 429: the API's own words and JSON pointers (with `retry-after` on 429);
 * - 401 / 403 from the API (the server's key is wrong or lacks the tier): 502 `Upstream authentication failed`;
 * - quota used up: 403 with a fixed message;
 * - 5xx, connection failures, bad upstream bodies: 502; timeouts: 504.
 *
 * Nothing of the original message, URL or stack reaches the response; the redacted details go to `onError`.
 * @example
 * app.get('/bonds/:isin', async (req, res) => {
 *   res.json(await getTerrapin(req).bonds.reference({ isins: [req.params.isin] }));
 * });
 * app.use(terrapinErrorHandler({ onError: (e) => logger.warn(e.summary) }));
 */
export function terrapinErrorHandler(options: TerrapinErrorHandlerOptions = {}): ErrorRequestHandler {
  const report = createErrorReporter(options);
  return function terrapinErrorHandler(error, _req, res, next) {
    const safe = toSafeErrorResponse(error);
    if (!safe) {
      next(error);
      return;
    }
    report(error, safe.status, safe.serverFault, operationOf(error));
    if (res.headersSent) {
      // Too late for a status: Express's default handler closes the connection.
      next(error);
      return;
    }
    sendErrors(res, safe.status, safe.errors, safe.headers);
  };
}

function operationOf(error: unknown): string | null {
  const op = propertyOf(error, 'operation');
  return typeof op === 'string' ? op : null;
}
