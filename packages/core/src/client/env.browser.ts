import type {
  logLevelFromEnv as logLevelFromEnvOnServers,
  MISSING_KEY as MISSING_KEY_ON_SERVERS,
  readEnv as readEnvOnServers,
} from './env';

/**
 * `readEnv` in the browser build (`browser` export condition; `tsup.config.ts` swaps it in for `env.ts`). A page
 * has no environment of its own: what looks like one (`process.env` stubbed by a bundler, Electron's renderer) is
 * either empty or must not be the source of an API key that every visitor could read. So nothing is read, and the
 * browser bundle carries no `process`/`Deno` probing and no `TerrapinEnvironmentError`.
 */
export const readEnv: typeof readEnvOnServers = () => undefined;

/** `logLevelFromEnv` in the browser build: no environment, so no `TERRAPIN_LOG` (pass `logLevel` instead). */
export const logLevelFromEnv: typeof logLevelFromEnvOnServers = () => ({});

/** The refusal of a client without a key, in a page: no environment to set, so the proxy is the way. */
export const MISSING_KEY: typeof MISSING_KEY_ON_SERVERS =
  'Missing Terrapin API key. In a browser, keep the key on your server and point `baseUrl` at your own proxy ' +
  '(or pass `apiKey` with `dangerouslyAllowBrowser: true` if you accept that every visitor can read it).';
