import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, BIN, spawnCli } from './helpers/spawn-cli';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
  bin: Record<string, string>;
};

beforeAll(() => assertBuilt());

describe('the built binary', () => {
  test('is the package bin (a committed shim that loads the build), with a node shebang', async () => {
    expect(pkg.bin.terrapin).toBe('./bin/terrapin.js');
    const shim = fileURLToPath(new URL('../bin/terrapin.js', import.meta.url));
    const source = readFileSync(shim, 'utf8');
    expect(source.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(source.endsWith("import '../dist/bin.js';\n")).toBe(true);
    expect(statSync(shim).mode & 0o111).not.toBe(0);
    // Run as the command is run: the shim itself, not dist/bin.js.
    const r = await spawnCli(['--version'], { bin: shim });
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(readFileSync(BIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  test('--version / -V print the package version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await spawnCli([flag]);
      expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });

  test('--help and a group help exit 0 on stdout; a bare group is a usage error', async () => {
    const help = await spawnCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: terrapin');
    expect(help.stdout).toContain('Exit codes:');
    const munis = await spawnCli(['munis', '--help']);
    expect(munis.code).toBe(0);
    expect(munis.stdout).toContain('price-to-yield');
    const bare = await spawnCli(['munis']);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: terrapin munis');
  });

  test('offline commands work without any key or network', async () => {
    const r = await spawnCli(['isin', 'check', 'US0378331005', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).data[0].valid).toBe(true);
  });

  test('a reader that stops early (| head) is not an error', async () => {
    const child = spawn(process.execPath, [BIN, 'isin', 'from-cusip', '-', '--format', 'ndjson'], {
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c) => {
      stderr += c;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    // from-cusip streams, so it may finish (reader gone) before it has read all its input: like `yes | head`,
    // the writer then sees EPIPE, which is the pipe closing, not a failure of the CLI.
    child.stdin.on('error', () => {});
    child.stdin.end(`${'037833100\n'.repeat(50_000)}`);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  });
});
