/** The client's log lines about attempts: one debug line per attempt, info lines for pacing waits and retries. */
import { fields, type Log } from './logging';

type LogValues = Record<string, string | number | boolean | null | undefined>;

/** The per-attempt debug line: operation, attempt, status, request id, duration, rate-limit remaining. */
export function logAttempt(
  logger: Log,
  operation: string,
  attempt: number,
  started: number,
  values: LogValues,
): void {
  if (!logger.enabled('debug')) return;
  const { status, request_id, ratelimit_remaining, ...rest } = values;
  logger.debug(
    `[terrapin] ${operation} ${fields({ attempt, status, request_id, duration_ms: Date.now() - started, ratelimit_remaining, ...rest })}`,
  );
}

/**
 * An info line about a wait: `pacing` (for a send slot) or `retry` (before the next attempt), with its fields.
 * Both are rare, so the fields are built even when info lines are off.
 */
export function logWait(logger: Log, event: 'pacing' | 'retry', operation: string, values: LogValues): void {
  if (logger.enabled('info')) logger.info(`[terrapin] ${event} ${operation} ${fields(values)}`);
}
