/** Only the latest `limit` sends matter, and no real policy is this large. */
const MAX_SENDS_PER_KEY = 10_000;

/**
 * When the limiters of this process really let their latest attempts go, per rate-limit key.
 *
 * The store plans send slots a window apart, but a stalled event loop (a long task, a busy machine) wakes the slots
 * due during the stall late and all at once, while those due after it wake on time: a late send and the on-time one
 * `limit` places on would share one server window (a 429; seen in CI). Every limiter of this process that paces
 * the same key (one key is one server window, however many clients or stores hold it: two proxy instances in one
 * process, say) records its real sends here, and no attempt goes before the `limit`-th latest of them plus the
 * paced window. On time that is never later than the slot; after a stall it is exactly the stall. Sends of other
 * processes are not seen here: their jitter is what the safety margin absorbs.
 */
export interface SendHistory {
  /** How long an attempt under `limit` sends per `windowMs` must still wait at `now` (≤ 0: not at all). */
  holdMs(key: string, limit: number, windowMs: number, now: number): number;
  /** Records a send of `key` at `at`, keeping its latest `keep` sends. */
  record(key: string, at: number, keep: number): void;
}

/**
 * @param maxKeys - keys remembered; the least recently used is forgotten first (a hostile caller choosing keys
 *   holds no more memory than this). Per key, at most {@link MAX_SENDS_PER_KEY} sends are kept.
 */
export function createSendHistory(maxKeys = 1_000): SendHistory {
  // Per key, ascending; the map's order is least recently used first.
  const byKey = new Map<string, number[]>();
  return {
    holdMs(key, limit, windowMs, now) {
      const sends = byKey.get(key) ?? [];
      return limit > 0 && sends.length >= limit ? sends[sends.length - limit]! + windowMs - now : 0;
    },
    record(key, at, keep) {
      const sends = byKey.get(key) ?? [];
      byKey.delete(key);
      if (byKey.size >= maxKeys) byKey.delete(byKey.keys().next().value!);
      byKey.set(key, sends);
      // Ascending, whichever limiter records: a clock step back does not reorder the window.
      sends.push(Math.max(at, sends.at(-1) ?? at));
      sends.splice(0, sends.length - Math.min(keep, MAX_SENDS_PER_KEY));
    },
  };
}

/** The one history every limiter of this process records in (limiter.ts). */
export const processSendHistory = createSendHistory();
