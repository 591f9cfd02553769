import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempConfigHome } from '../helpers/in-process';
import { assertBuilt, spawnCli } from '../helpers/spawn-cli';
import { CANARY, json, MOCK_API_KEY, startMock, terrapin } from './mock';

let mock: Awaited<ReturnType<typeof startMock>>;
beforeAll(async () => {
  assertBuilt();
  mock = await startMock({ rateLimit: false, quota: false });
});
afterAll(() => mock?.close());

async function someIsins(n: number, group = 'bonds'): Promise<string[]> {
  const { data } = json(
    await terrapin(mock.url, [group, 'search', '--limit', String(n), '--format', 'json']),
  );
  return data.map((r) => r.isin as string);
}

describe('exit codes against the mock (the table in README.md)', () => {
  test('401 → 3: a wrong key by flag, env and config file; never printed, even with --debug', async () => {
    const viaFlag = await terrapin(
      mock.url,
      ['--api-key', CANARY, '--debug', 'bonds', 'search', '--limit', '1'],
      {
        key: null,
      },
    );
    expect(viaFlag.code).toBe(3);
    expect(viaFlag.stderr).toContain('authorization: Bearer [REDACTED]');
    expect(viaFlag.stderr).toMatch(/request id: \S+/);

    const viaEnv = await terrapin(mock.url, ['bonds', 'search'], { key: CANARY });
    expect(viaEnv.code).toBe(3);

    const home = tempConfigHome();
    expect((await spawnCli(['config', 'set-key', '--stdin'], { configHome: home, stdin: CANARY })).code).toBe(
      0,
    );
    const viaConfig = await terrapin(mock.url, ['--debug', 'bonds', 'reference', 'XS1610682764'], {
      key: null,
      configHome: home,
    });
    expect(viaConfig.code).toBe(3);
    const show = await terrapin(mock.url, ['config', 'show'], { key: null, configHome: home });
    expect(show.stdout).toContain('tpk_…5b4a (from config file)');
  });

  test('403 quota → 5, with the API words; the ISINs already counted stay free', async () => {
    const small = await startMock({ rateLimit: false, quota: 2 });
    try {
      const isins = await someIsins(3);
      const first = await terrapin(small.url, [
        'bonds',
        'reference',
        isins[0]!,
        isins[1]!,
        '--format',
        'json',
      ]);
      expect(first.code).toBe(0);
      const over = await terrapin(small.url, ['bonds', 'reference', isins[2]!]);
      expect(over.code).toBe(5);
      expect(over.stderr).toMatch(/^error: 403 /m);
      expect(over.stderr).toMatch(/quota/i);
      expect((await terrapin(small.url, ['bonds', 'cashflows', isins[0]!])).code).toBe(0);
    } finally {
      await small.close();
    }
  });

  test('403 outside the tier → 3', async () => {
    const startup = await startMock({
      rateLimit: false,
      quota: false,
      tier: { operations: ['bond_search'] },
    });
    try {
      const r = await terrapin(startup.url, ['munis', 'search', '--limit', '1']);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^error: 403 /m);
      expect(r.stderr).toContain('outside your tier');
    } finally {
      await startup.close();
    }
  });

  test('404 → 4: unknown document key', async () => {
    const r = await terrapin(mock.url, ['documents', 'download', 'no-such-file', '-o', 'x.pdf'], {
      cwd: tempConfigHome(),
    });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^error: 404 /m);
  });

  test('422 → 2: the server rejects an unknown field (only `call` can send one); pointer shown', async () => {
    const r = await terrapin(mock.url, ['call', 'bond_search', '--body', '{"limit":1,"colour":"red"}']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: 422 .*\/colour/m);
    expect(r.stderr).toMatch(/request id: \S+/);
  });

  test('422 caught locally → 2 with the flag name, nothing sent', async () => {
    const r = await terrapin(mock.url, [
      'bonds',
      'pricing-history',
      'XS1610682764',
      '--start-date',
      '2025-03-01',
      '--end-date',
      '2025-01-01',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--end-date');
  });

  test('429 → 5: past the rate limit, with retries off', async () => {
    const limited = await startMock({ rateLimit: { limit: 1, windowMs: 60_000 }, quota: false });
    try {
      expect((await terrapin(limited.url, ['bonds', 'search', '--limit', '1'])).code).toBe(0);
      const r = await terrapin(limited.url, ['--max-retries', '0', 'bonds', 'search', '--limit', '1']);
      expect(r.code).toBe(5);
      expect(r.stderr).toMatch(/^error: 429 /m);
      expect(r.stderr).toMatch(/retry in \d+s/);
    } finally {
      await limited.close();
    }
  });

  test('429 injected with --header x-mock-fault → 5', async () => {
    const r = await terrapin(mock.url, [
      '--max-retries',
      '0',
      '--header',
      'x-mock-fault=429',
      'munis',
      'search',
    ]);
    expect(r.code).toBe(5);
  });

  test('network: refused connection and timeout → 6', async () => {
    const refused = await terrapin('http://127.0.0.1:9', ['--max-retries', '0', 'bonds', 'search']);
    expect(refused.code).toBe(6);
    const slow = await terrapin(mock.url, [
      '--max-retries',
      '0',
      '--timeout',
      '300',
      '--header',
      'x-mock-fault=timeout',
      'bonds',
      'search',
    ]);
    expect(slow.code).toBe(6);
  });

  test('500 after retries → 1', async () => {
    const r = await terrapin(mock.url, [
      '--max-retries',
      '0',
      '--header',
      'x-mock-fault=500',
      'bonds',
      'search',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: 500 /m);
  });

  test('usage → 2: invalid ISINs in a file are listed by line before any call', async () => {
    const dir = tempConfigHome();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'isins.txt'), 'XS1610682764\nXS1610682765\n');
    const r = await terrapin(mock.url, ['bonds', 'reference', '--isins-file', 'isins.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('isins.txt:2: "XS1610682765" invalid check digit');
  });
});

describe('config file', () => {
  test('set-key writes 0600 in a 0700 dir; the stored key is used', async () => {
    const home = tempConfigHome();
    const set = await spawnCli(['config', 'set-key', '--stdin'], {
      configHome: home,
      stdin: `${MOCK_API_KEY}\n`,
    });
    expect(set.code).toBe(0);
    const file = join(home, 'terrapin', 'config.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(join(home, 'terrapin')).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ apiKey: MOCK_API_KEY });
    const r = await terrapin(mock.url, ['bonds', 'search', '--limit', '1', '--format', 'json'], {
      key: null,
      configHome: home,
    });
    expect(r.code).toBe(0);
  });
});
