import type { RequestOptions } from './options';
import type { RateLimitInfo } from './rate-limit-headers';

/** One logical call (possibly several attempts). */
export interface HttpCall {
  operation: string;
  path: string;
  /** JSON body, already validated. */
  body: unknown;
  /** `Accept` header value. */
  accept: string;
  /** For documents: keep the body as a stream (the timeout stops once headers arrive). */
  stream: boolean;
  /** Largest 2xx body accepted, and the option that sets it (named in the error). */
  bodyLimit: { bytes: number; option: 'maxResponseBytes' | 'maxDocumentBytes' };
  options: RequestOptions;
}

/** A 2xx answer. `text` is the body for non-stream calls, `null` for streams. */
export interface HttpSuccess {
  response: Response;
  text: string | null;
  status: number;
  requestId: string | null;
  rateLimit: RateLimitInfo | null;
}
