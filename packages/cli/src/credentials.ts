import type { ProfileSettings } from './config';

/** Where the key came from, for `config show` and error hints (never the key itself). */
export type KeySource = 'flag' | 'env' | 'config' | 'none';

/** The resolved connection settings. */
export interface Credentials {
  apiKey: string | undefined;
  keySource: KeySource;
  baseUrl: string | undefined;
}

/**
 * Applies the precedence of issue 8 and 16: `--api-key`, then `TERRAPIN_API_KEY`, then the config file (the
 * selected profile's key, else the default one); `--base-url`, then `TERRAPIN_BASE_URL`, then the config file
 * (profile, else default), else core's default, the production API. `config` is the profile's settings already
 * merged over the defaults ({@link profileSettings}).
 */
export function resolveCredentials(
  flags: { apiKey?: string; baseUrl?: string },
  env: Record<string, string | undefined>,
  config: ProfileSettings,
): Credentials {
  const key: [string | undefined, KeySource][] = [
    [flags.apiKey, 'flag'],
    [env.TERRAPIN_API_KEY, 'env'],
    [config.apiKey, 'config'],
  ];
  const found = key.find(([value]) => typeof value === 'string' && value.trim() !== '');
  const baseUrl = [flags.baseUrl, env.TERRAPIN_BASE_URL, config.baseUrl].find(
    (v) => typeof v === 'string' && v.trim() !== '',
  );
  return {
    apiKey: found?.[0]?.trim(),
    keySource: found?.[1] ?? 'none',
    baseUrl: baseUrl?.trim(),
  };
}
