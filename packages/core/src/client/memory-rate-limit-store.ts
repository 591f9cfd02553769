import type { RateLimitObservation, RateLimitPolicy, RateLimitSlot, RateLimitStore } from './stores';

interface KeyState {
  /** Send times of recent reservations, ascending (only those still inside a window matter). */
  slots: number[];
  /** The latest reserved send time (reservations are first come, first served). */
  last: number;
  pausedUntil: number;
  observation: RateLimitObservation | null;
  /** Reservations made since `observation`: the server's `remaining` does not know about them yet. */
  reservedSinceObservation: number;
  /**
   * The longest window any caller has reserved under. Clients sharing this store may pass different policies (one
   * that has not yet learned the server's policy reserves under a 1-second "unlimited" one); slots are kept for
   * the longest window so no caller's reservation erases what another caller's window still counts.
   */
  longestWindowMs: number;
}

/**
 * `reset` is whole seconds rounded up (CONTRACT.md §4), so the server's window frees a slot somewhere in the second
 * before `observedAt + reset`.
 */
const RESET_PRECISION_MS = 1000;

/**
 * When a reservation may go, given when this store's own sends free a slot of the rolling window (`null`: they do
 * not fill it) and when the server's exhausted `remaining` says to wait until (`null`: it does not).
 *
 * When the store's own sends fill the window and free a slot inside the second the server's rounded-up `reset`
 * points at, they are what the server counted: go by them. Waiting for the rounded-up bound instead idles up to a
 * second per window (≤ 2 % of the API's 60-s window, up to half of a 1-s one). When they do not explain it, someone
 * else spends this key: wait the full reset. The Redis store's script mirrors this.
 */
function pacedSendTime(windowFreesAt: number | null, serverResetAt: number | null): number {
  if (serverResetAt === null) return windowFreesAt ?? Number.NEGATIVE_INFINITY;
  if (windowFreesAt !== null && windowFreesAt > serverResetAt - RESET_PRECISION_MS) return windowFreesAt;
  return serverResetAt;
}

/** Memory bound per key: only the most recent `limit` slots ever matter, and no real policy is this large. */
const MAX_SLOTS = 10_000;

/**
 * In-process {@link RateLimitStore} (the default). Single-threaded JavaScript makes each method atomic. For
 * several processes sharing one API key, use a networked store (the Express package ships a Redis one).
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #keys = new Map<string, KeyState>();

  #state(key: string): KeyState {
    let state = this.#keys.get(key);
    if (!state) {
      state = {
        slots: [],
        last: 0,
        pausedUntil: 0,
        observation: null,
        reservedSinceObservation: 0,
        longestWindowMs: 0,
      };
      this.#keys.set(key, state);
    }
    return state;
  }

  async reserve(key: string, policy: RateLimitPolicy, now: number): Promise<number> {
    const state = this.#state(key);
    let at = Math.max(now, state.pausedUntil, state.last);

    // The server's own count (CONTRACT.md §4: "pause for reset seconds before remaining reaches 0").
    const obs = state.observation;
    let serverResetAt: number | null = null;
    if (obs && obs.remaining !== null && obs.resetMs !== null) {
      const resetAt = obs.observedAt + obs.resetMs;
      if (at < resetAt && obs.remaining - state.reservedSinceObservation <= 0) serverResetAt = resetAt;
    }

    // Rolling window: at most `limit` sends in any `windowMs`. Slots are ascending and `at` is not before any of
    // them, so only the limit-th most recent slot can push `at` later.
    state.longestWindowMs = Math.max(state.longestWindowMs, policy.windowMs);
    const cutoff = Math.min(now, at) - state.longestWindowMs;
    while (state.slots.length > 0 && state.slots[0]! <= cutoff) state.slots.shift();
    const windowFreesAt =
      policy.limit >= 1 && state.slots.length >= policy.limit
        ? state.slots[state.slots.length - policy.limit]! + policy.windowMs
        : null;
    at = Math.max(at, pacedSendTime(windowFreesAt, serverResetAt));
    while (state.slots.length >= MAX_SLOTS) state.slots.shift();
    state.slots.push(at);
    state.last = at;
    state.reservedSinceObservation += 1;
    return at;
  }

  async release(key: string, slot: RateLimitSlot): Promise<void> {
    const state = this.#keys.get(key);
    if (!state) return;
    // Recent slots sit at the end; equal send times are interchangeable, so any one of them may go.
    const index = state.slots.lastIndexOf(slot.sendAt);
    if (index === -1) return;
    state.slots.splice(index, 1);
    // Later reservations queue behind the latest slot still held, not behind one nobody will send.
    state.last = state.slots.length > 0 ? state.slots[state.slots.length - 1]! : 0;
    const obs = state.observation;
    if (state.reservedSinceObservation > 0 && (obs === null || obs.observedAt <= slot.reservedAt)) {
      state.reservedSinceObservation -= 1;
    }
  }

  async observe(key: string, observation: RateLimitObservation): Promise<void> {
    const state = this.#state(key);
    // Responses of concurrent requests arrive out of order; an older view must not replace a newer one.
    if (state.observation && state.observation.observedAt > observation.observedAt) return;
    state.observation = observation;
    state.reservedSinceObservation = 0;
  }

  async pauseUntil(key: string, untilEpochMs: number): Promise<void> {
    const state = this.#state(key);
    state.pausedUntil = Math.max(state.pausedUntil, untilEpochMs);
  }
}
