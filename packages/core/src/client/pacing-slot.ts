import { logWait } from './attempt-log';
import type { CallContext } from './call-context';
import type { Permit } from './limiter';

/**
 * Waits for this attempt's send slot when pacing is on (`null`: pacing is off) and tells the call tracker how long
 * that took. The permit must be settled when the attempt ends, so an unused slot goes back to the store.
 */
export async function reservePacingSlot(ctx: CallContext, attempt: number): Promise<Permit | null> {
  const { rt, signal, call } = ctx;
  let waitedMs = 0;
  const permit = rt.limiter
    ? await rt.limiter.acquire(signal, {
        maxWaitMs: rt.config.maxPacingWaitMs,
        rateLimit: () => rt.shared.lastRateLimit,
        onWait: (waitMs, reason) => {
          waitedMs = waitMs;
          logWait(rt.config.logger, 'pacing', call.operation, { attempt, wait_ms: waitMs, reason });
        },
      })
    : null;
  rt.call?.attempt(waitedMs);
  return permit;
}
