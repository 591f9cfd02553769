/**
 * The client's one logging path (issue 16 "Logging"): a level filter in front of the caller's logger, and the
 * credentials' redactor over every line, so nothing reaches `console` or pino without passing both.
 */
import type { TerrapinLogger } from './hooks';

/** How much the client logs. Each level includes the ones before it. */
export type TerrapinLogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** The levels, quietest first (a level's index is its verbosity). */
export const LOG_LEVELS: readonly TerrapinLogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** Default level: warnings only, as the client logged before levels existed. */
export const DEFAULT_LOG_LEVEL: TerrapinLogLevel = 'warn';

/** True for a known level name. */
export function isLogLevel(value: unknown): value is TerrapinLogLevel {
  return typeof value === 'string' && LOG_LEVELS.some((level) => level === value);
}

/** A logger filtered by level whose every line is redacted. Internal: built by the client's config. */
export interface Log extends TerrapinLogger {
  readonly level: TerrapinLogLevel;
  /** Whether a line at `level` would be written (skip building it otherwise). */
  enabled(level: Exclude<TerrapinLogLevel, 'off'>): boolean;
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

/**
 * Wraps `logger` (console, pino or any object with those methods) in the level filter and the redactor. A level
 * the logger lacks falls back to its `warn` (the one method every `TerrapinLogger` has); each line carries its
 * level name, so a fallback line still says what it is. Details (errors, objects) are turned into redacted text
 * first: an error's message or stack may quote what a server echoed, key included.
 */
export function createLog(
  logger: TerrapinLogger,
  level: TerrapinLogLevel,
  redact: (text: string) => string,
): Log {
  const verbosity = LOG_LEVELS.indexOf(level);
  const write =
    (name: Exclude<TerrapinLogLevel, 'off'>) =>
    (message: string, ...details: unknown[]): void => {
      if (LOG_LEVELS.indexOf(name) > verbosity) return;
      const method = logger[name] ?? logger.warn;
      const line = [message, ...details.map(describe)].join(' ');
      try {
        method.call(logger, neutralise(redact(line)));
      } catch {
        // A logger that throws must not turn a successful call into a failure.
      }
    };
  return {
    level,
    enabled: (name) => LOG_LEVELS.indexOf(name) <= verbosity,
    error: write('error'),
    warn: write('warn'),
    info: write('info'),
    debug: write('debug'),
  };
}

/**
 * Control characters (ANSI escapes, carriage returns) from a hostile server's request id or message would reach
 * the terminal; they are shown as `\uXXXX` instead. Newlines stay (stack traces).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

function neutralise(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text of a log detail (never the raw object: its fields could hold anything). */
function describe(detail: unknown): string {
  if (detail instanceof Error) return detail.stack ?? `${detail.name}: ${detail.message}`;
  if (typeof detail === 'string') return detail;
  try {
    return JSON.stringify(detail) ?? String(detail);
  } catch {
    return String(detail);
  }
}

/** `key=value` pairs for a log line; `null`/`undefined` values are shown as `-` so columns stay in place. */
export function fields(values: Record<string, string | number | boolean | null | undefined>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${value === null || value === undefined ? '-' : String(value)}`)
    .join(' ');
}
