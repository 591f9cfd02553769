import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseCli } from '../src/cli/args';
import { exposureWarning, isLoopbackHost } from '../src/cli/exposure';
import { MOCK_API_KEY } from '../src/index';

const PACKAGE = join(import.meta.dirname, '..');
const BIN = join(PACKAGE, 'bin/terrapin-mock.js');
const CORE_DIST = join(PACKAGE, '../core/dist/analytics/index.js');

function newestSource(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((d) =>
      d.isDirectory() ? newestSource(join(dir, d.name)) : statSync(join(dir, d.name)).mtimeMs,
    ),
  );
}

/** Builds the bin when dist is missing or older than the sources (turbo builds before testing anyway). */
function ensureBuilt(): void {
  if (!existsSync(CORE_DIST))
    execFileSync('pnpm', ['exec', 'tsup'], { cwd: join(PACKAGE, '../core'), stdio: 'pipe' });
  // bin/terrapin-mock.js is a committed stub that loads dist/bin.js: compare the build output, not the stub (whose
  // mtime never changes, so every run rebuilt, which timed out on a loaded machine).
  const built = join(PACKAGE, 'dist/bin.js');
  const stale = !existsSync(built) || statSync(built).mtimeMs < newestSource(join(PACKAGE, 'src'));
  if (stale) execFileSync('pnpm', ['exec', 'tsup'], { cwd: PACKAGE, stdio: 'pipe' });
}

describe('parseCli', () => {
  test('defaults: port 4010, the test key, the default limits', () => {
    expect(parseCli([])).toEqual({ kind: 'run', options: { port: 4010 }, log: false });
  });

  test('every option', () => {
    const command = parseCli([
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--api-key',
      'a',
      '-k',
      'b',
      '--rate-limit',
      '20/10',
      '--quota',
      'off',
      '--seed',
      '7',
      '--data-date',
      '2025-06-30',
      '--latency',
      '50',
      '--fault-rate',
      '0.25',
      '--faults',
      '500,reset',
      '--fault-seed',
      '9',
      '--operations',
      'bond_search,muni_search',
      '--history-days',
      '365',
      '--no-full-reference',
      '--bonds',
      '100',
      '--munis',
      '200',
      '--log',
    ]);
    expect(command).toEqual({
      kind: 'run',
      log: true,
      options: {
        port: 0,
        host: '0.0.0.0',
        apiKeys: ['a', 'b'],
        rateLimit: { limit: 20, windowMs: 10_000 },
        quota: false,
        seed: 7,
        dataDate: '2025-06-30',
        latencyMs: 50,
        faults: { rate: 0.25, kinds: ['500', 'reset'], seed: 9 },
        tier: { operations: ['bond_search', 'muni_search'], historyDays: 365, fullReferenceData: false },
        dataset: { bonds: 100, munis: 200 },
      },
    });
    expect(parseCli(['--rate-limit', 'off'])).toMatchObject({ options: { rateLimit: false } });
  });

  test.each([
    [['--port', 'x'], /--port must be an integer/],
    [['--rate-limit', '100'], /--rate-limit must look like 100\/60/],
    [['--faults', '500,boom'], /unknown fault "boom"/],
    [['--operations', 'bond_lookup'], /unknown operation "bond_lookup"/],
    [['--fault-rate', '2'], /--fault-rate must be a number from 0 to 1/],
    [['--nope'], /Unknown option '--nope'/],
  ])('%j is a usage error', (argv, message) => {
    const command = parseCli(argv);
    expect(command.kind).toBe('error');
    expect((command as { message: string }).message).toMatch(message);
  });

  test('--help and --version', () => {
    expect(parseCli(['--help'])).toEqual({ kind: 'help' });
    expect(parseCli(['-v'])).toEqual({ kind: 'version' });
  });
});

describe('terrapin-mock bin', () => {
  test('prints --help', () => {
    ensureBuilt();
    const help = execFileSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' });
    expect(help).toMatch(/^Usage: terrapin-mock \[options\]/);
    expect(help).toContain('--rate-limit <n/s>');
    expect(help).toContain(
      'x-mock-fault: 429|500|502|503|504|timeout|slow|reset|malformed-json|html-502|empty',
    );
  }, 120_000);

  test('--version prints the package.json version (put in at build time)', () => {
    ensureBuilt();
    const { version } = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(execFileSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' })).toBe(`${version}\n`);
  }, 120_000);

  test('starts, prints its URL and key, serves, and stops cleanly on SIGTERM and SIGINT', async () => {
    ensureBuilt();
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(
        process.execPath,
        [BIN, '--port', '0', '--bonds', '100', '--agency', '50', '--munis', '200'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      child.stdout.setEncoding('utf8');
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(stdout);
          if (match) resolve(match[1] as string);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${stdout}`)));
      });
      expect(stdout).toContain(MOCK_API_KEY);
      const res = await fetch(`${url}/api/v1/bond_search`, {
        method: 'POST',
        headers: { authorization: `Bearer ${MOCK_API_KEY}`, 'content-type': 'application/json' },
        body: JSON.stringify({ countries: ['Italy'], limit: 1 }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-policy')).toBe('100;w=60');
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(0);
      expect(stdout).toContain(`terrapin-mock stopped (${signal})`);
    }
  }, 120_000);

  test('a usage error exits with code 2', () => {
    ensureBuilt();
    let status = 0;
    try {
      execFileSync(process.execPath, [BIN, '--rate-limit', 'lots'], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
    }
    expect(status).toBe(2);
  }, 120_000);

  test('warns on stderr when listening beyond loopback, and only then', async () => {
    ensureBuilt();
    const start = async (host: string) => {
      const child = spawn(
        process.execPath,
        [BIN, '--port', '0', '--host', host, '--bonds', '20', '--agency', '10', '--munis', '20'],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8');
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
      });
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
          if (stdout.includes('listening on')) resolve();
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${stderr}`)));
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      return stderr;
    };
    const exposed = await start('0.0.0.0');
    expect(exposed).toContain('warning: listening on 0.0.0.0, not loopback');
    expect(exposed).toContain('anyone on the network');
    expect(await start('127.0.0.1')).toBe('');
  }, 120_000);
});

describe('exposure warning', () => {
  test('loopback hosts are quiet; every other host warns', () => {
    for (const host of [
      '127.0.0.1',
      '127.1.2.3',
      'localhost',
      '::1',
      '[::1]',
      '0:0:0:0:0:0:0:1',
      '::ffff:127.0.0.1',
    ]) {
      expect(isLoopbackHost(host), host).toBe(true);
      expect(exposureWarning(host), host).toBeUndefined();
    }
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.10',
      '::ffff:10.0.0.1',
      'example.com',
      'localhost.example.com',
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
      expect(exposureWarning(host), host).toContain(host);
    }
    expect(exposureWarning(undefined)).toBeUndefined();
  });
});
