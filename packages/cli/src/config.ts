import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { CliUsageError } from './errors';

/** What `terrapin config` stores. */
export interface CliConfig {
  /** The API key (file mode 0600, never printed in full). */
  apiKey?: string;
  /** Default base URL, e.g. a local `terrapin-mock` or your team's proxy. */
  baseUrl?: string;
  /** Monthly distinct-ISIN budget enforced locally before any quota is spent (`terrapin quota`). */
  monthlyIsinBudget?: number;
}

type Env = Record<string, string | undefined>;

/** `$XDG_CONFIG_HOME/terrapin`, else `~/.config/terrapin` (XDG Base Directory spec). */
export function configDir(env: Env): string {
  const xdg = env.XDG_CONFIG_HOME;
  // The spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const base = xdg?.startsWith('/') ? xdg : join(env.HOME || homedir(), '.config');
  return join(base, 'terrapin');
}

/** The config file path. */
export function configPath(env: Env): string {
  return join(configDir(env), 'config.json');
}

/** The local quota ledger file, next to the config. */
export function quotaPath(env: Env): string {
  return join(configDir(env), 'quota.json');
}

/** The config and any warnings about it (a key file readable by others, say). */
export interface LoadedConfig {
  config: CliConfig;
  warnings: string[];
}

/** Reads the config file; a missing file is an empty config. */
export async function readConfig(env: Env): Promise<LoadedConfig> {
  const path = configPath(env);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { config: {}, warnings: [] };
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliUsageError(`config file ${path} is not valid JSON; fix or delete it`);
  }
  const config: CliConfig = {};
  if (typeof parsed === 'object' && parsed !== null) {
    const p = parsed as Record<string, unknown>;
    if (typeof p.apiKey === 'string' && p.apiKey) config.apiKey = p.apiKey;
    if (typeof p.baseUrl === 'string' && p.baseUrl) config.baseUrl = p.baseUrl;
    if (typeof p.monthlyIsinBudget === 'number') config.monthlyIsinBudget = p.monthlyIsinBudget;
  }
  const warnings: string[] = [];
  if (config.apiKey && process.platform !== 'win32') {
    const { mode } = await stat(path);
    // Like ssh with a private key: say so when others can read the secret.
    if (mode & 0o077) {
      warnings.push(`warning: ${path} is readable by other users; run: chmod 600 ${path}`);
    }
  }
  return { config, warnings };
}

/**
 * Writes the config atomically (temp file + rename) with mode 0600 in a 0700 directory, so the key is never
 * briefly world-readable and a crash never leaves half a file.
 */
export async function writeConfig(env: Env, config: CliConfig): Promise<string> {
  const path = configPath(env);
  await ensurePrivateDir(dirname(path));
  await writePrivateFile(path, `${JSON.stringify(config, null, 2)}\n`);
  return path;
}

/** Creates the terrapin config dir with mode 0700 (and tightens it if we created it looser before). */
export async function ensurePrivateDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

/** Writes a file readable by its owner only, atomically. */
export async function writePrivateFile(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, text, { mode: 0o600 });
  await chmod(tmp, 0o600);
  await rename(tmp, path);
}

/**
 * Masks a key for display: the prefix up to the first `_` and the last 4 characters (`tpk_…a4b2`), enough to
 * tell keys apart and never enough to use one.
 */
export function maskKey(key: string): string {
  if (key.length < 12) return '…';
  const underscore = key.indexOf('_');
  const prefix = underscore > 0 && underscore <= 6 ? key.slice(0, underscore + 1) : '';
  return `${prefix}…${key.slice(-4)}`;
}
