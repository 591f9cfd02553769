/**
 * Store interfaces for the state a client keeps between calls. Memory implementations ship in core; the Express
 * package ships Redis ones so several server processes share one view (one rate limit, one quota ledger).
 * Every method is async so a networked store fits; implementations must make each method atomic.
 */

/** A rate-limit policy as the API states it in `ratelimit-policy: <limit>;w=<window-seconds>`. */
export interface RateLimitPolicy {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in milliseconds (the API's window is rolling). */
  windowMs: number;
}

/** What one response's `ratelimit` header said, stamped with when it was seen. */
export interface RateLimitObservation {
  limit: number | null;
  remaining: number | null;
  /** Milliseconds until the server's window frees capacity. */
  resetMs: number | null;
  policy: RateLimitPolicy | null;
  /** Epoch milliseconds at which the response was received. */
  observedAt: number;
}

/** A send slot handed out by {@link RateLimitStore.reserve}, as given back to {@link RateLimitStore.release}. */
export interface RateLimitSlot {
  /** The epoch millisecond `reserve` returned. */
  sendAt: number;
  /** The `now` passed to `reserve` (tells whether the server's last view already saw this reservation). */
  reservedAt: number;
}

/**
 * Shared state of a rate limiter. `key` identifies one API key's budget (a hash, never the key itself).
 * A reservation lives exactly as long as its request: the client keeps the slot of a request it sent and gives back,
 * with `release`, the slot of one it never sent (its caller aborted while it waited, the wait was refused as too
 * long, or the send failed before `fetch` was called), so aborted callers never hold capacity (issue 14 item 1).
 */
export interface RateLimitStore {
  /**
   * Atomically reserves a send slot for one request under `policy` (a rolling window), at or after `now`.
   * Returns the epoch millisecond at which the caller may send; the slot is recorded at that time, so concurrent
   * callers get distinct slots and never exceed `policy.limit` sends in any window.
   */
  reserve(key: string, policy: RateLimitPolicy, now: number): Promise<number>;
  /**
   * Atomically gives back a slot that `reserve` handed out and that was never used to send: it no longer counts
   * against the window, no longer holds back later reservations, and no longer counts against the server's last
   * `remaining` (when it was made after that view was recorded). The client releases each slot at most once;
   * releasing one that is gone already (expired, trimmed) does nothing.
   */
  release(key: string, slot: RateLimitSlot): Promise<void>;
  /**
   * Records the server's view. When `remaining` is (nearly) exhausted, later reservations must wait until
   * `observedAt + resetMs`.
   */
  observe(key: string, observation: RateLimitObservation): Promise<void>;
  /** Blocks every reservation of `key` until `untilEpochMs` (used after a 429 with `retry-after`). */
  pauseUntil(key: string, untilEpochMs: number): Promise<void>;
}

/**
 * Shared state of a quota ledger: the set of distinct ISINs pulled per billing month.
 * `period` is a label such as `2026-11` (the ledger decides the calendar).
 */
export interface QuotaStore {
  /** Adds ISINs to the period's set; resolves to how many of them were not in it before. */
  add(period: string, isins: readonly string[]): Promise<number>;
  /** For each ISIN, whether it is already counted in the period. */
  has(period: string, isins: readonly string[]): Promise<boolean[]>;
  /** Number of distinct ISINs counted in the period. */
  count(period: string): Promise<number>;
  /** The ISINs counted in the period (for reports such as `terrapin quota`). */
  list(period: string): Promise<string[]>;
  /**
   * Checks and counts in one atomic step (issue 14 #16): when the period's count plus the ISINs of `isins` not yet
   * in it stays within `budget`, adds them and resolves `{ ok: true, added }` (the ISINs this call added, so they can
   * be released if the upstream does not charge them); otherwise adds nothing and resolves `{ ok: false, used, fresh }`.
   * Concurrent callers (other processes included) can never pass `budget` together. Optional: without it, a budget
   * is checked and counted in two steps, and concurrent calls may overrun it.
   */
  reserve?(period: string, isins: readonly string[], budget: number): Promise<QuotaReservation>;
  /** Un-counts ISINs a reservation added that the upstream did not charge. Required with `reserve`. */
  remove?(period: string, isins: readonly string[]): Promise<void>;
}

/** What {@link QuotaStore.reserve} decided. */
export type QuotaReservation =
  | { ok: true; added: string[]; used: number }
  | { ok: false; used: number; fresh: string[] };
