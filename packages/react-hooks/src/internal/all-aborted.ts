/**
 * A signal that aborts once every one of `signals` has aborted: a request shared by several queries must live
 * as long as any of them still wants it. `undefined` (a caller that cannot abort) keeps it alive for good.
 */
export function allAborted(signals: readonly (AbortSignal | undefined)[]): AbortSignal | undefined {
  if (signals.some((signal) => signal === undefined)) return undefined;
  const controller = new AbortController();
  let remaining = signals.length;
  for (const signal of signals as AbortSignal[]) {
    const onAbort = () => {
      remaining -= 1;
      if (remaining === 0) controller.abort(signal.reason);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return controller.signal;
}
