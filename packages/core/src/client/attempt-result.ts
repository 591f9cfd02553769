import type { TerrapinError } from '../errors/terrapin-error';
import type { TerrapinRequestInfo } from './hooks';
import type { HttpSuccess } from './http-call';

/** What one attempt has learned so far: filled in as its answer arrives, read by its log line and its retry. */
export interface AttemptRecord {
  /** 1 for the first attempt, 2 for the first retry, … */
  readonly number: number;
  /** The `onRequest` payload, which the later payloads of this attempt extend. */
  readonly info: TerrapinRequestInfo;
  /** When the attempt was handed to the transport (`Date.now()`). */
  readonly startedAt: number;
  /** The answer's status, `null` while (or when) none came. */
  status: number | null;
  requestId: string | null;
  /** Redacted answer headers for hook payloads (`{}` when no hook listens). */
  headers: Record<string, string>;
  /** True once the answer was reported (debug line and `onResponse`). */
  reported: boolean;
}

/** The attempt failed with `failure`, which is retried or thrown. */
export interface FailedAttempt {
  ok: false;
  failure: TerrapinError;
  attempt: AttemptRecord;
}

/** How one attempt ended: the 2xx answer, or a failure with what is known of its answer. */
export type AttemptResult = { ok: true; success: HttpSuccess } | FailedAttempt;
