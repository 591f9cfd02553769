import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { configPath, maskKey, readConfig, writeConfig } from '../src/config';
import { resolveCredentials } from '../src/credentials';
import { runInProcess, tempConfigHome } from './helpers/in-process';

const CANARY = 'tpk_canary_9f8e7d6c5b4a';

describe('config file', () => {
  test('lives in $XDG_CONFIG_HOME/terrapin, else ~/.config/terrapin; a relative XDG path is ignored', () => {
    expect(configPath({ XDG_CONFIG_HOME: '/x/cfg', HOME: '/home/u' })).toBe('/x/cfg/terrapin/config.json');
    expect(configPath({ HOME: '/home/u' })).toBe('/home/u/.config/terrapin/config.json');
    expect(configPath({ XDG_CONFIG_HOME: 'rel', HOME: '/home/u' })).toBe(
      '/home/u/.config/terrapin/config.json',
    );
  });

  test('is written 0600 in a 0700 directory, atomically', async () => {
    const env = { XDG_CONFIG_HOME: tempConfigHome() };
    const path = await writeConfig(env, { apiKey: CANARY });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(env.XDG_CONFIG_HOME, 'terrapin')).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ apiKey: CANARY });
    expect((await readConfig(env)).config).toEqual({ apiKey: CANARY });
  });

  test('a key file readable by others gets a warning', async () => {
    const env = { XDG_CONFIG_HOME: tempConfigHome() };
    const path = await writeConfig(env, { apiKey: CANARY });
    chmodSync(path, 0o644);
    expect((await readConfig(env)).warnings[0]).toContain('chmod 600');
  });

  test('corrupt JSON is a clear usage error', async () => {
    const home = tempConfigHome();
    mkdirSync(join(home, 'terrapin'));
    writeFileSync(join(home, 'terrapin', 'config.json'), '{nope');
    await expect(readConfig({ XDG_CONFIG_HOME: home })).rejects.toThrow(/not valid JSON/);
  });

  test('keys are masked to prefix and last four', () => {
    expect(maskKey('tpk_live_1234567890a4b2')).toBe('tpk_…a4b2');
    expect(maskKey(CANARY)).toBe('tpk_…5b4a');
    expect(maskKey('short')).toBe('…');
  });

  test('precedence: --api-key, then TERRAPIN_API_KEY, then the config file', () => {
    const file = { apiKey: 'tpk_file_aaaaaaaa', baseUrl: 'http://file' };
    expect(
      resolveCredentials({ apiKey: 'tpk_flag_bbbbbbbb' }, { TERRAPIN_API_KEY: 'tpk_env_cccccccc' }, file),
    ).toMatchObject({
      apiKey: 'tpk_flag_bbbbbbbb',
      keySource: 'flag',
      baseUrl: 'http://file',
    });
    expect(
      resolveCredentials({}, { TERRAPIN_API_KEY: 'tpk_env_cccccccc', TERRAPIN_BASE_URL: 'http://env' }, file),
    ).toMatchObject({
      apiKey: 'tpk_env_cccccccc',
      keySource: 'env',
      baseUrl: 'http://env',
    });
    expect(resolveCredentials({}, {}, file)).toMatchObject({ keySource: 'config' });
    expect(resolveCredentials({}, { TERRAPIN_API_KEY: ' ' }, {})).toMatchObject({
      keySource: 'none',
      apiKey: undefined,
    });
  });
});

describe('terrapin config', () => {
  test('set-key --stdin stores the key 0600; show masks it; path prints the file', async () => {
    const home = tempConfigHome();
    const env = { XDG_CONFIG_HOME: home };
    const set = await runInProcess(['config', 'set-key', '--stdin'], { env, stdin: `${CANARY}\n` });
    expect(set.code).toBe(0);
    expect(set.stderr).toContain('saved key tpk_…5b4a');
    const path = join(home, 'terrapin', 'config.json');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(path, 'utf8')).apiKey).toBe(CANARY);

    const show = await runInProcess(['config', 'show'], { env });
    expect(show.stdout).toContain('tpk_…5b4a (from config file)');
    const fromEnv = await runInProcess(['config', 'show'], {
      env: { ...env, TERRAPIN_API_KEY: 'tpk_envkey_12345678' },
    });
    expect(fromEnv.stdout).toContain('tpk_…5678 (from TERRAPIN_API_KEY)');
    const fromFlag = await runInProcess(['--api-key', 'tpk_flagkey_87654321', 'config', 'show'], { env });
    expect(fromFlag.stdout).toContain('tpk_…4321 (from --api-key)');
    for (const r of [set, show, fromEnv, fromFlag]) expect(r.stdout + r.stderr).not.toContain(CANARY);

    expect((await runInProcess(['config', 'path'], { env })).stdout).toBe(`${path}\n`);
  });

  test('set-key without a terminal and without --stdin refuses instead of hanging', async () => {
    const r = await runInProcess(['config', 'set-key'], { stdin: '' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--stdin');
  });

  test('set / unset defaults', async () => {
    const env = { XDG_CONFIG_HOME: tempConfigHome() };
    expect((await runInProcess(['config', 'set', 'monthly-isin-budget', '2500'], { env })).code).toBe(0);
    expect((await runInProcess(['config', 'set', 'base-url', 'http://localhost:4010/'], { env })).code).toBe(
      0,
    );
    expect((await readConfig(env)).config).toEqual({
      monthlyIsinBudget: 2500,
      baseUrl: 'http://localhost:4010',
    });
    expect((await runInProcess(['config', 'set', 'monthly-isin-budget', '-1'], { env })).code).toBe(2);
    expect((await runInProcess(['config', 'set', 'colour', 'red'], { env })).code).toBe(2);
    expect((await runInProcess(['config', 'unset', 'base-url'], { env })).code).toBe(0);
    expect((await readConfig(env)).config).toEqual({ monthlyIsinBudget: 2500 });
  });
});
