import type { Response } from 'express';

/** Reports one request the client hung up on; `operation` when known. */
export type ClientClosedReporter = (operation: string | null) => void;

/**
 * Whether the browser hung up before the answer was complete: its socket is gone, so nothing can be sent and the
 * failure that follows (an aborted body read, a document stream's "Premature close") is the caller's doing, not a
 * server fault (issue 14 #4).
 */
export function isClientGone(res: Response): boolean {
  return !res.writableFinished && (res.destroyed || res.socket?.destroyed === true);
}

/** An Error that reads "client closed" in one line of any log (no stack is ever printed for it). */
export function clientClosedError(): Error {
  const error = new Error('client closed');
  error.name = 'ClientClosed';
  error.stack = 'ClientClosed: client closed';
  return error;
}
