import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { configPath, writeConfig } from '../src/config';
import { startCaptureServer } from './helpers/capture-server';
import { runInProcess, tempConfigHome } from './helpers/in-process';

// Four origins, four keys: which server got the request, with which bearer, shows which setting won.
const KEYS = {
  default: 'tpk_default_key_0001',
  profile: 'tpk_profile_key_0002',
  other: 'tpk_other_key_00003',
  env: 'tpk_env_key_000004',
  flag: 'tpk_flag_key_00005',
};
type Server = Awaited<ReturnType<typeof startCaptureServer>>;
const servers: Record<'default' | 'profile' | 'env' | 'flag', Server> = {} as never;
let home: string;

beforeAll(async () => {
  for (const name of ['default', 'profile', 'env', 'flag'] as const)
    servers[name] = await startCaptureServer();
  home = tempConfigHome();
  await writeConfig(
    { XDG_CONFIG_HOME: home },
    {
      apiKey: KEYS.default,
      baseUrl: servers.default.url,
      profiles: {
        prod: { apiKey: KEYS.profile, baseUrl: servers.profile.url },
        other: { apiKey: KEYS.other },
      },
    },
  );
});
afterAll(async () => {
  for (const s of Object.values(servers)) await s.close();
});

/** Runs one search; returns which server answered and the key it was sent. */
async function who(args: string[], env: Record<string, string> = {}) {
  const r = await runInProcess([...args, 'bonds', 'search', '--limit', '1', '--format', 'json'], {
    env: { XDG_CONFIG_HOME: home, ...env },
  });
  expect(r.code, r.stderr).toBe(0);
  for (const key of Object.values(KEYS)) expect(r.stdout + r.stderr).not.toContain(key);
  for (const [name, server] of Object.entries(servers)) {
    const last = server.requests.at(-1);
    if (last && !(last as { seen?: boolean }).seen) {
      (last as { seen?: boolean }).seen = true;
      const key = Object.entries(KEYS).find(([, k]) => last.headers.authorization === `Bearer ${k}`)?.[0];
      return { server: name, key };
    }
  }
  throw new Error('no request arrived');
}

describe('profiles: precedence flag > env > profile > default', () => {
  test('no profile: the default settings', async () => {
    expect(await who([])).toEqual({ server: 'default', key: 'default' });
  });

  test('--profile and TERRAPIN_PROFILE pick the profile; --profile wins over the variable', async () => {
    expect(await who(['--profile', 'prod'])).toEqual({ server: 'profile', key: 'profile' });
    expect(await who([], { TERRAPIN_PROFILE: 'prod' })).toEqual({ server: 'profile', key: 'profile' });
    // A profile without a base URL keeps the default one.
    expect(await who(['--profile', 'other'], { TERRAPIN_PROFILE: 'prod' })).toEqual({
      server: 'default',
      key: 'other',
    });
  });

  test('TERRAPIN_API_KEY / TERRAPIN_BASE_URL beat the profile; flags beat both', async () => {
    const env = { TERRAPIN_PROFILE: 'prod', TERRAPIN_API_KEY: KEYS.env, TERRAPIN_BASE_URL: servers.env.url };
    expect(await who([], env)).toEqual({ server: 'env', key: 'env' });
    expect(await who(['--api-key', KEYS.flag, '--base-url', servers.flag.url], env)).toEqual({
      server: 'flag',
      key: 'flag',
    });
    // Key and base URL resolve independently.
    expect(await who(['--profile', 'prod'], { TERRAPIN_API_KEY: KEYS.env })).toEqual({
      server: 'profile',
      key: 'env',
    });
  });

  test('an unknown or malformed profile is a usage error, not the default key', async () => {
    const r = await runInProcess(['--profile', 'prdo', 'bonds', 'search'], {
      env: { XDG_CONFIG_HOME: home },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no profile "prdo" in the config file');
    expect(r.stderr).toContain('profiles: prod, other');
    const bad = await runInProcess(['bonds', 'search'], {
      env: { XDG_CONFIG_HOME: home, TERRAPIN_PROFILE: '__proto__' },
    });
    expect(bad.code).toBe(2);
  });
});

describe('config commands with --profile', () => {
  test('set-key, set, show and unset work on the named profile only', async () => {
    const dir = tempConfigHome();
    const env = { XDG_CONFIG_HOME: dir };
    const key = 'tpk_staging_canary_77';
    const saved = await runInProcess(['config', 'set-key', '--stdin', '--profile', 'staging'], {
      env,
      stdin: `${key}\n`,
    });
    expect(saved.code, saved.stderr).toBe(0);
    expect(saved.stderr).toContain('(profile staging)');
    await runInProcess(['config', 'set', 'base-url', 'http://127.0.0.1:4010', '--profile', 'staging'], {
      env,
    });
    const file = JSON.parse(readFileSync(configPath(env), 'utf8'));
    expect(file).toEqual({ profiles: { staging: { apiKey: key, baseUrl: 'http://127.0.0.1:4010' } } });

    const show = await runInProcess(['config', 'show'], { env: { ...env, TERRAPIN_PROFILE: 'staging' } });
    expect(show.stdout).toContain('profile:             staging (TERRAPIN_PROFILE); profiles: staging');
    expect(show.stdout).toMatch(/api key: +tpk_…y_77 \(from profile staging\)/);
    expect(show.stdout).toContain('http://127.0.0.1:4010 (profile staging)');
    expect(show.stdout + show.stderr).not.toContain(key);

    await runInProcess(['config', 'unset', 'api-key', '--profile', 'staging'], { env });
    expect(JSON.parse(readFileSync(configPath(env), 'utf8'))).toEqual({
      profiles: { staging: { baseUrl: 'http://127.0.0.1:4010' } },
    });
  });
});
