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

/** Reads an environment variable when `process.env` exists; empty strings count as unset. */
export function readEnv(name: string): string | undefined {
  try {
    const value = processLike()?.env?.[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** True in a browser-like environment (a `window` and a `document`), where an API key would be public. */
export function isBrowserLike(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown };
  return typeof g.window !== 'undefined' && typeof g.document !== 'undefined';
}
