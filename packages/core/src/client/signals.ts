import { TerrapinAbortError } from '../errors/network-errors';

/** The error for a caller abort; a string reason is shown, other reasons are kept as `cause`. */
export function abortError(signal: AbortSignal | undefined): TerrapinAbortError {
  const reason: unknown = signal?.reason;
  const detail = typeof reason === 'string' ? `: ${reason}` : '';
  return new TerrapinAbortError(`Request aborted by the caller's signal${detail}`);
}

/** Throws {@link TerrapinAbortError} when `signal` is already aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

/** The longest delay `setTimeout` takes; a longer one overflows to 1 ms (Node's TimeoutOverflowWarning). */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * Waits `ms`; an abort ends the wait at once with {@link TerrapinAbortError} (issue 3: abort during a wait). A wait
 * longer than a timer can hold is taken in steps (issue 14 item 2: a 1e9-second reset overflowed `setTimeout` and
 * did not wait at all); `Infinity` waits until aborted.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  if (!(ms > 0)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    let left = ms;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    const step = () => {
      if (left <= 0) {
        signal?.removeEventListener('abort', onAbort);
        resolve();
        return;
      }
      const delay = Math.min(left, MAX_TIMER_MS);
      left -= delay;
      timer = setTimeout(step, delay);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    step();
  });
}

/** A per-attempt signal: the caller's signal plus this attempt's timeout, and a way to tell which fired. */
export interface AttemptSignal {
  signal: AbortSignal;
  /** True once the attempt's own timeout has fired. */
  timedOut(): boolean;
  /** Stops the timeout (after the body is read; for documents, once headers arrive so a long stream can flow). */
  clear(): void;
}

/**
 * Builds an {@link AttemptSignal} for one attempt of at most `timeoutMs`. One controller serves both causes: the
 * timer aborts it, and a caller abort is forwarded to it by a listener removed in `clear()`. (It used to be a
 * timeout controller joined to the caller's signal by `AbortSignal.any`, and ky joined that to its own: three
 * signals per attempt, each costly to create on Node 20; issue 19.)
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const onAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    clear: () => {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}
