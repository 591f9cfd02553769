import type { OperationName } from '@terrapin/core';
import type { NextFunction, Request } from 'express';
import type { ProxyContext } from './context';

/**
 * Runs one of the app's own hooks; its error goes on to the app's error handlers (those errors are the app's, not
 * ours), and `undefined` tells the caller the request is handled.
 */
export async function runHook<T>(
  ctx: ProxyContext,
  req: Request,
  next: NextFunction,
  run: () => Promise<T>,
): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    ctx.appErrors.add(req);
    next(error);
    return undefined;
  }
}

/** The app's `authorize` verdict (allowed when there is none). */
export function authorized(
  ctx: ProxyContext,
  req: Request,
  operation: OperationName | '_status',
  body: unknown,
): Promise<boolean> {
  const { authorize } = ctx.options;
  return authorize ? Promise.resolve(authorize(req, operation, body)) : Promise.resolve(true);
}

/** Who the caller is, for the per-user limits: `null` when none are configured (nobody is asked then). */
export async function userOf(ctx: ProxyContext, req: Request): Promise<{ user: string | null }> {
  if (!ctx.users.enabled) return { user: null };
  const id = ctx.options.identify ? await ctx.options.identify(req) : undefined;
  return { user: id ?? req.ip ?? 'anonymous' };
}
