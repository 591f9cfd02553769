/** The client's log lines about attempts: one debug line per attempt, info lines for pacing waits and retries. */
import { fields, type Log } from './logging';

/** The per-attempt debug line: operation, attempt, status, request id, duration, rate-limit remaining. */
export function logAttempt(
  logger: Log,
  operation: string,
  attempt: number,
  started: number,
  values: Record<string, string | number | null | undefined>,
): void {
  if (!logger.enabled('debug')) return;
  const { status, request_id, ratelimit_remaining, ...rest } = values;
  logger.debug(
    `[terrapin] ${operation} ${fields({ attempt, status, request_id, duration_ms: Date.now() - started, ratelimit_remaining, ...rest })}`,
  );
}

/** The info line for an attempt that waits for its pacing slot. */
export function logPacingWait(
  logger: Log,
  operation: string,
  attempt: number,
  waitMs: number,
  reason: string,
): void {
  if (logger.enabled('info'))
    logger.info(`[terrapin] pacing ${operation} ${fields({ attempt, wait_ms: waitMs, reason })}`);
}

/** What the retry line says about one retry. */
export interface RetryLine {
  attempt: number;
  /** `HTTP <status>`, or the error's name when no answer came. */
  reason: string;
  delayMs: number;
  serverAsked: boolean;
  requestId: string | null;
}

/** The info line before a retry: why, how long, and whether the server asked for that wait. */
export function logRetry(logger: Log, operation: string, line: RetryLine): void {
  if (!logger.enabled('info')) return;
  const wait = line.serverAsked ? 'server-requested' : 'backoff';
  logger.info(
    `[terrapin] retry ${operation} ${fields({ attempt: line.attempt, reason: line.reason, delay_ms: line.delayMs, wait, request_id: line.requestId })}`,
  );
}
