import type { Command } from 'commander';
import { toCliClient } from './client-adapter';
import type { CliClient } from './client-port';
import { profileSettings, quotaPath, readConfig, selectedProfile } from './config';
import type { CliContext } from './context';
import { resolveCredentials } from './credentials';
import { debugBody, debugHooks } from './debug-log';
import { CliAuthError, CliUsageError } from './errors';
import { optionsWithGlobals } from './option-values';
import { proxyFetch } from './proxy';

/** The connection flags every command accepts (program-level options). */
export interface GlobalOptions {
  apiKey?: string;
  baseUrl?: string;
  timeout?: number;
  maxRetries?: number;
  header?: string[];
  debug?: boolean;
  /** `--profile`: a named set of key/base URL/budget in the config file. */
  profile?: string;
}

/** The connection flags as given to `command` or any ancestor, each checked. */
export function readGlobalOptions(command: Command): GlobalOptions {
  const options = optionsWithGlobals(command);
  return {
    apiKey: options.string('apiKey'),
    baseUrl: options.string('baseUrl'),
    timeout: options.number('timeout'),
    maxRetries: options.number('maxRetries'),
    header: options.strings('header'),
    debug: options.boolean('debug'),
    profile: options.string('profile'),
  };
}

const PRODUCTION = 'https://terrapinfinance.com';

const NO_KEY =
  'No Terrapin API key. Give one in any of these ways (highest precedence first):\n' +
  '  --api-key <key>                 for one command\n' +
  '  export TERRAPIN_API_KEY=<key>   for this shell\n' +
  '  terrapin config set-key         stored in your config file (mode 0600)\n' +
  '  --profile NAME / TERRAPIN_PROFILE   a named key from `terrapin config set-key --profile NAME`\n' +
  'or point --base-url / TERRAPIN_BASE_URL at a proxy that holds the key (or at terrapin-mock).';

/** A connected client plus what the commands report about it. */
export interface Connection {
  client: CliClient;
  /** Logs a request body under `--debug`. */
  logBody(operation: string, body: unknown): void;
}

/** Parses `--header name=value` (or `name: value`). */
export function parseHeaders(values: readonly string[] = []): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const raw of values) {
    const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(raw);
    if (!match) throw new CliUsageError(`--header expects name=value, got ${JSON.stringify(raw)}`);
    headers[match[1]!.toLowerCase()] = match[2]!;
  }
  return headers;
}

/**
 * Builds the core client from flags, environment and config file (precedence: issue 8), with the file-backed
 * quota ledger and `--debug` hooks. Core is imported here, lazily, so `--version`, `--help`, `isin` and `config`
 * never load the HTTP stack.
 */
export async function connect(ctx: CliContext, globals: GlobalOptions): Promise<Connection> {
  const { env } = ctx.io;
  const loaded = await readConfig(env);
  for (const w of loaded.warnings) ctx.err(`${w}\n`);
  const profile = selectedProfile(globals.profile, env);
  const config = profileSettings(loaded.config, profile);
  const creds = resolveCredentials(globals, env, config);
  ctx.addSecret(creds.apiKey);
  if (!creds.apiKey && !creds.baseUrl) throw new CliAuthError(NO_KEY);

  const headers = parseHeaders(globals.header);
  const [{ createTerrapinClient, QuotaLedger }, { FileQuotaStore }, fetch] = await Promise.all([
    import('@terrapin/core'),
    import('./file-quota-store'),
    proxyFetch(ctx),
  ]);
  const quotaLedger = new QuotaLedger({ store: new FileQuotaStore(quotaPath(env, profile)) });
  const debug = globals.debug ? debugHooks(ctx, Boolean(creds.apiKey)) : {};
  const client = createTerrapinClient({
    // Always explicit, so core never falls back to the real process environment behind an injected io.
    apiKey: creds.apiKey ?? null,
    baseUrl: creds.baseUrl ?? PRODUCTION,
    ...(globals.timeout !== undefined ? { timeout: globals.timeout } : {}),
    ...(globals.maxRetries !== undefined ? { maxRetries: globals.maxRetries } : {}),
    defaultHeaders: headers,
    quotaLedger,
    ...(config.monthlyIsinBudget !== undefined ? { monthlyIsinBudget: config.monthlyIsinBudget } : {}),
    onQuotaWarning: ({ used, budget }) =>
      ctx.err(`note: ${used} of your ${budget} monthly ISINs used (terrapin quota)\n`),
    logger: { warn: (message: string) => ctx.err(`warning: ${message}\n`) },
    ...debug,
    ...(fetch ? { fetch } : {}),
  });
  return {
    client: toCliClient(client),
    logBody: (operation, body) => {
      if (globals.debug) debugBody(ctx, operation, body);
    },
  };
}
