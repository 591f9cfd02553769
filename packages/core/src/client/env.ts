import { TerrapinEnvironmentError } from '../errors/env-access-error';
import { memberOf } from '../errors/member-of';
import { isLogLevel, LOG_LEVELS, type TerrapinLogLevel } from './logging';

/** The refusal of a client without a key, naming where a server finds one: the option or the environment. */
export const MISSING_KEY: string =
  'Missing Terrapin API key. Pass `apiKey` to createTerrapinClient({ apiKey }) or set the TERRAPIN_API_KEY ' +
  'environment variable. (In a browser, keep the key on your server and point `baseUrl` at your own proxy.)';

/**
 * Runtime detection without touching globals that a runtime may lack (browsers and some edge runtimes have no
 * `process`; bundlers may stub it): every global is read through {@link memberOf}, and what it holds is checked.
 */
interface EnvReader {
  get(name: string): unknown;
}

/** `Deno.env`, when it has a `get` method (whatever it answers is checked by the caller). */
function isEnvReader(value: unknown): value is EnvReader {
  return typeof memberOf(value, 'get') === 'function';
}

/** `name` from `process.env`, else from `Deno.env`; `undefined` when neither exists. May throw (Deno). */
function lookUp(name: string): unknown {
  const nodeProcess = memberOf(globalThis, 'process');
  const env = typeof nodeProcess === 'object' ? memberOf(nodeProcess, 'env') : undefined;
  if (env) return memberOf(env, name);
  const denoEnv = memberOf(memberOf(globalThis, 'Deno'), 'env');
  return isEnvReader(denoEnv) ? denoEnv.get(name) : undefined;
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
    value = lookUp(name);
  } catch (error) {
    throw new TerrapinEnvironmentError(name, error);
  }
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** The log level `TERRAPIN_LOG` sets, and the warning to log when it names none. */
export interface EnvLogLevel {
  level?: TerrapinLogLevel;
  warning?: string;
}

/**
 * `TERRAPIN_LOG`, read when the client is given no `logLevel`. Unset or unreadable (Deno without
 * `--allow-env=TERRAPIN_LOG`) gives nothing; an unknown value gives a warning and no level: logging must never stop
 * a client from being created.
 */
export function logLevelFromEnv(): EnvLogLevel {
  let value: string | undefined;
  try {
    value = readEnv('TERRAPIN_LOG')?.toLowerCase();
  } catch {
    return {};
  }
  if (value === undefined) return {};
  if (isLogLevel(value)) return { level: value };
  return {
    warning: `[terrapin] ignoring TERRAPIN_LOG=${value.slice(0, 20)}: use one of ${LOG_LEVELS.join(', ')}`,
  };
}
