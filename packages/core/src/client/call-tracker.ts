/**
 * Per-call bookkeeping for `onCall` observers: what one logical call did across its attempts and chunks (issue 16
 * "Tracing": attempts, pacing wait, last status, request id and rate limit). Built only when `onCall` is set.
 */
import type { TerrapinCallObserver, TerrapinLogger, TerrapinRetryInfo } from './hooks';
import type { RateLimitInfo } from './rate-limit-headers';

/** What the retry loop reports into; every method is cheap and never throws. */
export class CallTracker {
  readonly operation: string;
  readonly observer: TerrapinCallObserver;
  readonly #logger: TerrapinLogger;
  readonly #started = Date.now();
  #attempts = 0;
  #pacingWaitMs = 0;
  #status: number | null = null;
  #requestId: string | null = null;
  #rateLimit: RateLimitInfo | null = null;

  constructor(operation: string, observer: TerrapinCallObserver, logger: TerrapinLogger) {
    this.operation = operation;
    this.observer = observer;
    this.#logger = logger;
  }

  /** An attempt is about to be sent, after waiting `pacingWaitMs` for the limiter. */
  attempt(pacingWaitMs: number): void {
    this.#attempts++;
    this.#pacingWaitMs += pacingWaitMs;
  }

  /** An attempt got an HTTP answer. */
  answer(status: number, requestId: string | null, rateLimit: RateLimitInfo | null): void {
    this.#status = status;
    this.#requestId = requestId;
    if (rateLimit) this.#rateLimit = rateLimit;
  }

  retry(info: TerrapinRetryInfo): void {
    this.#guard(() => this.observer.onRetry?.(info));
  }

  end(error: unknown): void {
    this.#guard(() =>
      this.observer.onEnd?.({
        operation: this.operation,
        status: this.#status,
        requestId: this.#requestId,
        attempts: this.#attempts,
        pacingWaitMs: this.#pacingWaitMs,
        rateLimit: this.#rateLimit,
        durationMs: Date.now() - this.#started,
        error,
      }),
    );
  }

  /** An observer that throws is reported and never breaks the call (as hooks are). */
  #guard(fn: () => void): void {
    try {
      fn();
    } catch (error) {
      this.#logger.warn('[terrapin] a call observer threw; the request continues', error);
    }
  }
}
