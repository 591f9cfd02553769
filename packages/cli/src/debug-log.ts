import type { CliContext } from './context';

interface RequestInfoLike {
  operation: string;
  method: string;
  url: string;
  attempt: number;
  headers: Record<string, string>;
}
interface ResponseInfoLike extends RequestInfoLike {
  status: number;
  requestId: string | null;
  durationMs: number;
  headers: Record<string, string>;
}
interface RetryInfoLike extends RequestInfoLike {
  status: number | null;
  delayMs: number;
  error: { name?: string; message?: string };
}

/** Headers worth a line in `--debug`; everything else is noise. */
const SHOWN_RESPONSE_HEADERS = ['content-type', 'ratelimit', 'ratelimit-policy', 'retry-after'];

/**
 * `--debug` lines on stderr, built from core's hooks. Core's payloads never carry the `authorization` header;
 * we print `authorization: Bearer [REDACTED]` so the user can see that a key was sent, and every line still goes
 * through the context's scrubber.
 */
export function debugHooks(ctx: CliContext, keySent: boolean) {
  const line = (text: string) => ctx.err(`debug ${text}\n`);
  return {
    onRequest(info: RequestInfoLike) {
      const headers = Object.entries(info.headers).map(([k, v]) => `${k}: ${v}`);
      if (keySent) headers.unshift('authorization: Bearer [REDACTED]');
      line(`→ ${info.method} ${info.url} (${info.operation}, attempt ${info.attempt}) ${headers.join('; ')}`);
    },
    onResponse(info: ResponseInfoLike) {
      const headers = SHOWN_RESPONSE_HEADERS.filter((h) => info.headers[h] !== undefined).map(
        (h) => `${h}: ${info.headers[h]}`,
      );
      line(
        `← ${info.status} ${info.operation} ${info.durationMs}ms request-id: ${info.requestId ?? '-'}${headers.length ? `; ${headers.join('; ')}` : ''}`,
      );
    },
    onRetry(info: RetryInfoLike) {
      line(
        `↻ retry ${info.operation} after ${info.status ?? info.error.name ?? 'error'}: attempt ${info.attempt + 1} in ${info.delayMs}ms`,
      );
    },
  };
}

/** The request body as sent, for `--debug` (bodies hold ISINs and filters, never credentials). */
export function debugBody(ctx: CliContext, operation: string, body: unknown): void {
  ctx.err(`debug body ${operation} ${JSON.stringify(body)}\n`);
}
