import { memberOf } from './member-of';
import { TerrapinError } from './terrapin-error';

/** Facts about the failed attempt that are safe to show (never headers: they carry the key). */
export interface NetworkErrorInit {
  /** Operation name, e.g. `bond_reference`. */
  operation?: string;
  /** Request URL (the key is never in a URL). */
  url?: string;
  /** Sanitised underlying error (name, message and code only). */
  cause?: unknown;
}

/**
 * The request never got an HTTP answer: DNS failure, refused or reset connection, TLS error. Retried (all
 * operations are reads, so repeating a POST is safe: DESIGN.md "Core client").
 */
export class TerrapinConnectionError extends TerrapinError {
  static override readonly kind: string = 'TerrapinConnectionError';
  readonly operation: string | null;
  readonly url: string | null;

  constructor(message: string, init: NetworkErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.operation = init.operation ?? null;
    this.url = init.url ?? null;
  }
}

/** One attempt took longer than `timeout` ms (headers and body). Retried like a connection error. */
export class TerrapinTimeoutError extends TerrapinError {
  static override readonly kind: string = 'TerrapinTimeoutError';
  readonly operation: string | null;
  readonly url: string | null;
  /** The per-attempt timeout that elapsed, in ms. */
  readonly timeoutMs: number | null;

  constructor(message: string, init: NetworkErrorInit & { timeoutMs?: number } = {}) {
    super(message);
    this.operation = init.operation ?? null;
    this.url = init.url ?? null;
    this.timeoutMs = init.timeoutMs ?? null;
  }
}

/** The caller's `signal` aborted the call (while sending, reading, or waiting to retry or to pace). */
export class TerrapinAbortError extends TerrapinError {
  static override readonly kind: string = 'TerrapinAbortError';
}

/**
 * Copies what is useful from an underlying error (undici's `fetch failed` → `ECONNRESET`, …) into fresh,
 * plain errors, so nothing that a custom `fetch` attached (such as the `Request`, whose headers hold the key)
 * can be printed through `cause`.
 */
export function sanitizeCause(
  error: unknown,
  redact: (text: string) => string,
  depth = 0,
): Error | undefined {
  if (depth > 3 || error === null || error === undefined) return undefined;
  const message = memberOf(error, 'message');
  const name = memberOf(error, 'name');
  const code = memberOf(error, 'code');
  const inner = sanitizeCause(memberOf(error, 'cause'), redact, depth + 1);
  const copy = new Error(
    redact(typeof message === 'string' ? message : String(error)),
    inner ? { cause: inner } : undefined,
  );
  if (typeof name === 'string') copy.name = name;
  if (typeof code === 'string') Object.assign(copy, { code });
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}

/** `ECONNRESET other side closed`: the most specific code and message in a cause chain. */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let i = 0; i < 4 && current; i++) {
    const code = memberOf(current, 'code');
    const message = memberOf(current, 'message');
    const text = [typeof code === 'string' ? code : '', typeof message === 'string' ? message : '']
      .filter(Boolean)
      .join(' ');
    if (text && !parts.includes(text)) parts.push(text);
    current = memberOf(current, 'cause');
  }
  return parts.join(': ');
}
