/**
 * A signal that aborts once every one of `signals` has aborted: a request shared by several queries must live
 * as long as any of them still wants it. `undefined` (a caller that cannot abort) keeps it alive for good.
 */
export function allAborted(signals: readonly (AbortSignal | undefined)[]): AbortSignal | undefined {
  const abortable = signals.filter((signal) => signal !== undefined);
  if (abortable.length < signals.length) return undefined;
  const controller = new AbortController();
  let remaining = abortable.length;
  for (const signal of abortable) {
    const onAbort = () => {
      remaining -= 1;
      if (remaining === 0) controller.abort(signal.reason);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  return controller.signal;
}
