import { pacingWaitTooLong } from '../errors/rate-limit-error';
import type { RateLimitInfo } from './rate-limit-headers';
import { processSendHistory } from './send-history';
import { abortError, sleep } from './signals';
import type { RateLimitPolicy, RateLimitSlot, RateLimitStore } from './stores';

/** Until the server states a policy, reservations still go through the store (for pauses) but are unbounded. */
const UNLIMITED: RateLimitPolicy = { limit: Number.MAX_SAFE_INTEGER, windowMs: 1_000 };

/**
 * The smallest margin. Arrival jitter on one machine is not only timer lateness: the first sends of a window open
 * connections and warm code, later ones reuse both, so a window's first sends can land 10-15 ms later (relative to
 * when they left) than the next window's on a quiet machine, and several times that on a loaded one. A 25-ms floor
 * (tried for issue 19's P3) met 429s in CI on 1-second windows; 100 ms costs that short window at most a tenth of
 * its throughput and the API's 60-second window nothing (its 2 %, capped at 1 s, is larger).
 */
const MIN_SAFETY_MARGIN_MS = 100;

/**
 * Sends land at the server a little later and less evenly than they leave; widening the window by a margin keeps
 * a paced burst inside the server's rolling window (CONTRACT.md §4). The margin is twice the request latency the
 * client observes (under load, arrival times spread by about a round trip, and a fixed margin would let a late
 * early request and an early late one share a window), never less than 2 % of the window capped at 1 s (1 s for
 * the API's 60-second window) or {@link MIN_SAFETY_MARGIN_MS}, never more than 5 s.
 */
export function withSafetyMargin(policy: RateLimitPolicy, latencyMs = 0): RateLimitPolicy {
  const base = Math.max(MIN_SAFETY_MARGIN_MS, Math.min(1_000, policy.windowMs * 0.02));
  return { limit: policy.limit, windowMs: policy.windowMs + Math.min(Math.max(base, 2 * latencyMs), 5_000) };
}

/** How an attempt that held a {@link Permit} ended. */
export interface AttemptOutcome {
  /** The attempt was handed to `fetch`: its slot stays, as a send the window counts. */
  sent: boolean;
  /** An HTTP answer came back (a probe's answer names the policy). */
  answered: boolean;
}

/**
 * The right to send one attempt. Call `done` exactly when the attempt is over (later calls are ignored): a slot
 * whose attempt was never handed to `fetch` is given back to the store, so a reservation never outlives its
 * request (issue 14 item 1).
 */
export type Permit = (outcome: AttemptOutcome) => Promise<void>;

/** Limits of one {@link RateLimiter.acquire}. */
export interface AcquireOptions {
  /** Longest wait for a slot; a longer one is refused at once with `TerrapinRateLimitError` (`local: true`). */
  maxWaitMs: number;
  /** The server's last rate-limit state, carried by that refusal. */
  rateLimit: () => RateLimitInfo | null;
  /** Told before a wait for a slot starts (for logs and traces), with why the slot is not free now. */
  onWait?: (waitMs: number, reason: string) => void;
}

/**
 * One client's pacing (issue 3 "Pacing"): before each attempt it reserves a send slot in the
 * {@link RateLimitStore} under the last policy the server stated, waits for it, and records what every response
 * says. While no policy is known yet, only one request (the probe) is let through; the rest wait for its answer,
 * so even the first burst is paced once the server has named its policy. A slot is given back when its caller
 * aborts during the wait, when the wait is refused as longer than the cap, or when the attempt fails before it is
 * handed to `fetch`: capacity is held only for requests that are (or will be) sent.
 */
export class RateLimiter {
  readonly store: RateLimitStore;
  /** The store key (a fingerprint of the API key, resolved asynchronously, or the caller's `rateLimitKey`). */
  readonly key: Promise<string>;
  readonly #now: () => number;
  #policy: RateLimitPolicy | null = null;
  #learned = false;
  #probe: Promise<void> | null = null;
  /** Recent request latency, a decaying maximum (see {@link withSafetyMargin}). */
  #latencyMs = 0;

  constructor(store: RateLimitStore, key: string | Promise<string>, now: () => number = Date.now) {
    this.store = store;
    this.key = Promise.resolve(key);
    this.#now = now;
  }

  /** The last policy the server stated, if any. */
  get policy(): RateLimitPolicy | null {
    return this.#policy;
  }

  /**
   * Waits until this attempt may be sent, and returns its {@link Permit}. Rejects with `TerrapinAbortError` when
   * `signal` aborts the wait, and at once with a local `TerrapinRateLimitError` when the slot is further away than
   * `maxWaitMs`; in both cases the slot is given back first.
   */
  async acquire(signal: AbortSignal | undefined, limits: AcquireOptions): Promise<Permit> {
    const key = await this.key;
    while (!this.#learned && this.#probe) await abortable(this.#probe, signal);
    let openProbe: ((answered: boolean) => void) | null = null;
    if (!this.#learned) {
      let resolve!: () => void;
      this.#probe = new Promise<void>((r) => {
        resolve = r;
      });
      openProbe = (answered) => {
        // Without any answer (connection failure) nothing was learned: the next waiter becomes the probe.
        if (answered) this.#learned = true;
        this.#probe = null;
        resolve();
      };
    }
    let slot: RateLimitSlot | null = null;
    let finished = false;
    const permit: Permit = async ({ sent, answered }) => {
      if (finished) return;
      finished = true;
      openProbe?.(answered);
      if (!sent && slot) await this.#release(key, slot);
    };
    try {
      const policy = this.#policy ? withSafetyMargin(this.#policy, this.#latencyMs) : UNLIMITED;
      const reservedAt = this.#now();
      slot = { sendAt: await this.store.reserve(key, policy, reservedAt), reservedAt };
      const waitMs = slot.sendAt - this.#now();
      // Checked before waiting, so an absurd reset (or a queue far too deep) costs the caller nothing.
      if (waitMs > limits.maxWaitMs) throw pacingWaitTooLong(waitMs, limits.maxWaitMs, limits.rateLimit());
      if (waitMs > 0) limits.onWait?.(waitMs, this.#waitReason());
      await sleep(waitMs, signal);
      await this.#holdForLateSends(key, policy, signal);
    } catch (error) {
      await permit({ sent: false, answered: false });
      throw error;
    }
    return permit;
  }

  /**
   * Waits until the `limit`-th latest send of this key in this process is a paced window ago, then records this
   * attempt's send (see send-history.ts: after a stalled event loop, the next window waits as long as the stall).
   * The margin is the one as of now, not as of the reservation: a stall between a send and its arrival shows as the
   * latency of its answer, back by the time the send a window on is due. Re-checked after each hold and recorded in
   * the same turn, so two held attempts never go on one earlier send; at most `limit + 1` holds of a window each.
   */
  async #holdForLateSends(
    key: string,
    paced: RateLimitPolicy,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    const server = this.#policy;
    // No policy known when this slot was reserved (or yet): nothing to space it by.
    if (!server || paced === UNLIMITED) return;
    const holdMs = () => {
      const windowMs = Math.max(paced.windowMs, withSafetyMargin(server, this.#latencyMs).windowMs);
      return processSendHistory.holdMs(key, paced.limit, windowMs, this.#now());
    };
    for (let holds = 0, wait = holdMs(); wait > 0 && holds <= paced.limit; holds += 1) {
      await sleep(wait, signal);
      wait = holdMs();
    }
    processSendHistory.record(key, this.#now(), paced.limit);
  }

  /** Why a slot is later than now: the server's policy is spent, or (no policy known) a pause after a 429. */
  #waitReason(): string {
    const policy = this.#policy;
    if (!policy) return 'paused after a 429';
    return `rate-limit policy ${policy.limit} per ${policy.windowMs / 1000}s`;
  }

  /** Gives a slot back (errors of a networked store are not the caller's problem: the slot expires anyway). */
  async #release(key: string, slot: RateLimitSlot): Promise<void> {
    try {
      await this.store.release(key, slot);
    } catch {
      // The slot stays until its window passes: pacing is only more careful than needed.
    }
  }

  /** Records a response's rate-limit headers (errors of a networked store are not the caller's problem). */
  async observe(info: RateLimitInfo): Promise<void> {
    const policy = info.policy ? { limit: info.policy.limit, windowMs: info.policy.windowMs } : null;
    if (policy) this.#policy = policy;
    try {
      await this.store.observe(await this.key, {
        limit: info.limit,
        remaining: info.remaining,
        resetMs: info.resetMs,
        policy,
        observedAt: this.#now(),
      });
    } catch {
      // Pacing degrades to the policy alone; the request itself succeeded.
    }
  }

  /** Records how long one attempt took from send to response headers. */
  recordLatency(ms: number): void {
    this.#latencyMs = Math.max(ms, this.#latencyMs * 0.9);
  }

  /** Holds every request of this key until `untilEpochMs` (after a 429). */
  async pauseUntil(untilEpochMs: number): Promise<void> {
    try {
      await this.store.pauseUntil(await this.key, untilEpochMs);
    } catch {
      // The retry loop still waits for its own request.
    }
  }
}

function abortable(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, reject);
  });
}
