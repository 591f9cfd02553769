import type { RateLimitInfo } from './rate-limit-headers';
import { abortError, sleep } from './signals';
import type { RateLimitPolicy, RateLimitStore } from './stores';

/** Until the server states a policy, reservations still go through the store (for pauses) but are unbounded. */
const UNLIMITED: RateLimitPolicy = { limit: Number.MAX_SAFE_INTEGER, windowMs: 1_000 };

/**
 * Sends land at the server a little later and less evenly than they leave; widening the window by a margin keeps
 * a paced burst inside the server's rolling window (CONTRACT.md §4). The margin is at least 100 ms (2 % of the
 * window, capped at 1 s, for the API's 60-second window) and grows with the request latency the client observes:
 * under load, arrival times spread by about a round trip, and a fixed margin would let a late early request and
 * an early late one share a window.
 */
export function withSafetyMargin(policy: RateLimitPolicy, latencyMs = 0): RateLimitPolicy {
  const base = Math.max(100, Math.min(1_000, policy.windowMs * 0.02));
  return { limit: policy.limit, windowMs: policy.windowMs + Math.min(Math.max(base, 2 * latencyMs), 5_000) };
}

/**
 * One client's pacing (issue 3 "Pacing"): before each attempt it reserves a send slot in the
 * {@link RateLimitStore} under the last policy the server stated, waits for it, and records what every response
 * says. While no policy is known yet, only one request (the probe) is let through; the rest wait for its answer,
 * so even the first burst is paced once the server has named its policy.
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
   * Waits until this attempt may be sent. Call the returned function once the attempt has an answer (or failed),
   * which lets waiting requests proceed when this one was the probe.
   */
  async acquire(signal: AbortSignal | undefined): Promise<(answered: boolean) => void> {
    while (!this.#learned && this.#probe) await abortable(this.#probe, signal);
    let release: (answered: boolean) => void = () => {};
    if (!this.#learned) {
      let resolve!: () => void;
      this.#probe = new Promise<void>((r) => {
        resolve = r;
      });
      let done = false;
      release = (answered) => {
        if (done) return;
        done = true;
        // Without any answer (connection failure) nothing was learned: the next waiter becomes the probe.
        if (answered) this.#learned = true;
        this.#probe = null;
        resolve();
      };
    }
    try {
      const policy = this.#policy ? withSafetyMargin(this.#policy, this.#latencyMs) : UNLIMITED;
      const sendAt = await this.store.reserve(await this.key, policy, this.#now());
      await sleep(sendAt - this.#now(), signal);
    } catch (error) {
      release(false);
      throw error;
    }
    return release;
  }

  /** Records a response's rate-limit headers (errors of a networked store are not the caller's problem). */
  async observe(info: RateLimitInfo): Promise<void> {
    const policy = info.policy
      ? { limit: info.policy.limit, windowMs: info.policy.windowSeconds * 1000 }
      : null;
    if (policy) this.#policy = policy;
    try {
      await this.store.observe(await this.key, {
        limit: info.limit,
        remaining: info.remaining,
        resetMs: info.resetSeconds === null ? null : info.resetSeconds * 1000,
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
