import { TerrapinEnvironmentError } from '../errors/env-access-error';

/**
 * Runtime detection without touching globals that a runtime may lack (browsers and some edge runtimes have no
 * `process`; bundlers may stub it).
 */
interface ProcessLike {
  env?: Record<string, string | undefined>;
}

function processLike(): ProcessLike | undefined {
  const p = (globalThis as { process?: unknown }).process;
  return typeof p === 'object' && p !== null ? (p as ProcessLike) : undefined;
}

interface DenoLike {
  env?: { get?: (name: string) => string | undefined };
}

/**
 * Reads an environment variable from `process.env` (Node, Bun, Deno 2, bundler stubs), else `Deno.env` (Deno
 * without Node globals); empty strings count as unset, and runtimes without either (browsers, Workers) have none.
 * @throws TerrapinEnvironmentError when the runtime refuses the read (Deno without `--allow-env` throws
 * `NotCapable` / `PermissionDenied`): a key that is set but unreadable must not be reported as missing.
 */
export function readEnv(name: string): string | undefined {
  let value: unknown;
  try {
    const env = processLike()?.env;
    const deno = (globalThis as { Deno?: DenoLike }).Deno;
    value = env ? env[name] : deno?.env?.get?.(name);
  } catch (error) {
    throw new TerrapinEnvironmentError(name, error);
  }
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** True in a browser-like environment (a `window` and a `document`), where an API key would be public. */
export function isBrowserLike(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown };
  return typeof g.window !== 'undefined' && typeof g.document !== 'undefined';
}
