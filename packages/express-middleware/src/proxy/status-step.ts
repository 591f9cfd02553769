import type { RequestHandler } from 'express';
import { errorItem, sendErrors } from '../internal/send-errors';
import { authorized, runHook, userOf } from './app-hooks';
import type { ProxyContext } from './context';
import { answerFailure } from './fail';
import { readStatus } from './status-route';

/** `GET /_status`: `authorize` (401), then the shared quota count, the last rate-limit state and the caller's own. */
export function statusStep(ctx: ProxyContext): RequestHandler {
  const { client, users, rateLimitSeen } = ctx;
  return (req, res, next) => {
    const run = async () => {
      const allowedHere = await runHook(ctx, req, next, () => authorized(ctx, req, '_status', undefined));
      if (allowedHere === undefined) return;
      if (!allowedHere) {
        sendErrors(res, 401, [errorItem('Not authorized')]);
        return;
      }
      const who = await runHook(ctx, req, next, () => userOf(ctx, req));
      if (!who) return;
      const { user } = who;
      rateLimitSeen.note();
      const status = await readStatus(client, rateLimitSeen.seenAt(), async () =>
        user === null ? null : users.status(user, client.quota.period),
      );
      res.set('cache-control', 'no-store').json(status);
    };
    run().catch((error: unknown) => answerFailure(ctx, res, error, '_status', {}));
  };
}
