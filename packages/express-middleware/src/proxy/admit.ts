import type { OperationName } from '@terrapin/core';
import type { RequestHandler } from 'express';
import { errorItem, sendErrors } from '../internal/send-errors';
import type { ProxyContext } from './context';

/**
 * The first step, before the body is read: the allow-list (404) and the JSON content type (415, which also keeps
 * cross-site forms out). Requests that pass are marked admitted, with their operation, for the call step.
 */
export function admitStep(ctx: ProxyContext, allowed: ReadonlyMap<string, OperationName>): RequestHandler {
  return (req, res, next) => {
    const name = String(req.params.operation);
    const operation = allowed.get(name);
    if (operation === undefined) {
      // Only a plain name is echoed back: anything else could be markup or a terminal escape.
      const shown = /^[A-Za-z0-9_]{1,64}$/.test(name) ? ` "${name}"` : '';
      sendErrors(res, 404, [errorItem(`Unknown or disallowed operation${shown}`)]);
      return;
    }
    if (!req.is('application/json')) {
      sendErrors(res, 415, [errorItem('Send the body as JSON with Content-Type: application/json')]);
      return;
    }
    ctx.admitted.set(req, operation);
    next();
  };
}
