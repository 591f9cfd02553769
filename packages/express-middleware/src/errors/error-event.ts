import { createRedactor, propertyOf } from '@terrapin/core/adapter-kit';

/** What `onError` receives for every failure the middleware answers. */
export interface TerrapinErrorEvent {
  /** The status sent to the browser (499 when the client hung up first: nothing was sent). */
  status: number;
  /** True when the cause is the server's (its key, the upstream, a bug), not the caller's request. */
  serverFault: boolean;
  /** One line for logs: the error's class and message, redacted (API key, bearer tokens, URL credentials). */
  summary: string;
  /** The operation called, when known. */
  operation: string | null;
  /** The upstream `request-id`, when there was an answer (support asks for it). */
  requestId: string | null;
  /**
   * The original error. Errors from `@terrapin/core` never hold the API key; prefer `summary` for anything else.
   */
  error: unknown;
}

/** Options shared by everything that reports errors. */
export interface ErrorReportingOptions {
  /**
   * Called for every error answered. Log it, count it, send it to your tracker.
   * @default logs `summary` of server faults with console.error
   */
  onError?: (event: TerrapinErrorEvent) => void;
  /**
   * More strings to redact from `summary` (the API key passed in options and `TERRAPIN_API_KEY` always are).
   * @default []
   */
  redact?: readonly string[];
}

/** Builds the function that turns an error into a redacted {@link TerrapinErrorEvent} and hands it to `onError`. */
export function createErrorReporter(
  options: ErrorReportingOptions,
  secrets: ReadonlyArray<string | null | undefined> = [],
): (error: unknown, status: number, serverFault: boolean, operation: string | null) => void {
  const redact = createRedactor([...secrets, ...(options.redact ?? []), process.env.TERRAPIN_API_KEY]);
  const onError = options.onError ?? defaultOnError;
  return (error, status, serverFault, operation) => {
    const event: TerrapinErrorEvent = {
      status,
      serverFault,
      summary: redact(summarize(error)),
      operation,
      requestId: requestIdOf(error),
      error,
    };
    try {
      onError(event);
    } catch {
      // A failing logger must not turn a clean error answer into a crash.
    }
  };
}

function defaultOnError(event: TerrapinErrorEvent): void {
  if (event.status === 499) {
    // A client that hung up: one short line, never a stack (issue 14 #4).
    console.warn(`[terrapin] client closed${event.operation ? ` ${event.operation}` : ''}`);
    return;
  }
  if (!event.serverFault) return;
  const op = event.operation ? ` ${event.operation}` : '';
  console.error(`[terrapin] answered ${event.status}${op}: ${event.summary}`);
}

function summarize(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.split('\n')[0] ?? error.name;
  return String(error).split('\n')[0] ?? '';
}

function requestIdOf(error: unknown): string | null {
  const id = propertyOf(error, 'requestId');
  return typeof id === 'string' ? id : null;
}
