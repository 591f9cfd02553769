import { chmod, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { isRecord, propertyOf } from '@terrapin/core/adapter-kit';
import { CliUsageError } from './errors';
import { hasErrorCode } from './system-errors';

/** The settings one profile (or the default, top level of the file) holds. */
export interface ProfileSettings {
  /** The API key (file mode 0600, never printed in full). */
  apiKey?: string;
  /** Default base URL, e.g. a local `terrapin-mock` or your team's proxy. */
  baseUrl?: string;
  /** Monthly distinct-ISIN budget enforced locally before any quota is spent (`terrapin quota`). */
  monthlyIsinBudget?: number;
}

/** What `terrapin config` stores: the default settings, and named profiles (`--profile`, `TERRAPIN_PROFILE`). */
export interface CliConfig extends ProfileSettings {
  profiles?: Record<string, ProfileSettings>;
}

/** Profile names: short, no path or prototype tricks (`__proto__` is not a name). */
const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** Checks a profile name from `--profile` or `TERRAPIN_PROFILE`. */
export function checkProfileName(name: string): string {
  if (!PROFILE_NAME.test(name) || name === '__proto__') {
    throw new CliUsageError(
      `profile name ${JSON.stringify(name)} must be letters, digits, '.', '_' or '-' (up to 64, starting with a letter or digit)`,
    );
  }
  return name;
}

function settingsOf(value: unknown): ProfileSettings {
  const settings: ProfileSettings = {};
  if (!isRecord(value)) return settings;
  const { apiKey, baseUrl, monthlyIsinBudget } = value;
  if (typeof apiKey === 'string' && apiKey) settings.apiKey = apiKey;
  if (typeof baseUrl === 'string' && baseUrl) settings.baseUrl = baseUrl;
  if (typeof monthlyIsinBudget === 'number') settings.monthlyIsinBudget = monthlyIsinBudget;
  return settings;
}

/**
 * The settings in effect for `profile` (from `--profile`, else `TERRAPIN_PROFILE`): the profile's own values, and
 * the default (top-level) values for anything it leaves out. No profile: the default settings.
 * @throws CliUsageError when the profile is not in the file (a typo must not silently use the default key).
 */
export function profileSettings(config: CliConfig, profile: string | undefined): ProfileSettings {
  const { profiles, ...defaults } = config;
  if (profile === undefined) return defaults;
  const found = profiles && Object.hasOwn(profiles, profile) ? profiles[profile] : undefined;
  if (!found) {
    const names = Object.keys(profiles ?? {});
    throw new CliUsageError(`no profile ${JSON.stringify(profile)} in the config file`, [
      names.length ? `profiles: ${names.join(', ')}` : 'no profiles yet',
      `create it with: terrapin config set-key --profile ${profile}`,
    ]);
  }
  return { ...defaults, ...found };
}

/** The profile asked for: `--profile`, else `TERRAPIN_PROFILE`, else none (the default settings). */
export function selectedProfile(flag: string | undefined, env: Env): string | undefined {
  const name = [flag, env.TERRAPIN_PROFILE].find((v) => typeof v === 'string' && v.trim() !== '')?.trim();
  return name === undefined ? undefined : checkProfileName(name);
}

/** Returns `config` with `update` applied to the default settings, or to one profile's. */
export function updateSettings(
  config: CliConfig,
  profile: string | undefined,
  update: (settings: ProfileSettings) => ProfileSettings,
): CliConfig {
  if (profile === undefined) {
    const { profiles, ...defaults } = config;
    return { ...update(defaults), ...(profiles ? { profiles } : {}) };
  }
  const profiles = { ...config.profiles };
  profiles[profile] = update(profiles[profile] ?? {});
  return { ...config, profiles };
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

/**
 * The local quota ledger file, next to the config; one per profile, since profiles usually hold different keys
 * with their own monthly quota.
 */
export function quotaPath(env: Env, profile?: string): string {
  return join(configDir(env), profile === undefined ? 'quota.json' : `quota.${profile}.json`);
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
    if (hasErrorCode(err, 'ENOENT')) return { config: {}, warnings: [] };
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CliUsageError(`config file ${path} is not valid JSON; fix or delete it`);
  }
  const config: CliConfig = settingsOf(parsed);
  const rawProfiles = propertyOf(parsed, 'profiles');
  if (isRecord(rawProfiles)) {
    const profiles: Record<string, ProfileSettings> = {};
    for (const [name, value] of Object.entries(rawProfiles)) {
      if (PROFILE_NAME.test(name) && name !== '__proto__') profiles[name] = settingsOf(value);
    }
    config.profiles = profiles;
  }
  const warnings: string[] = [];
  const hasKey = config.apiKey || Object.values(config.profiles ?? {}).some((p) => p.apiKey);
  if (hasKey && process.platform !== 'win32') {
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
