import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tempConfigHome } from './in-process';

/** The built executable: integration tests run exactly what users install (turbo builds before `test`). */
export const BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

/** Fails early with the fix when the package was not built. */
export function assertBuilt(): void {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: run \`pnpm --filter @terrapin/cli... build\` first`);
  }
}

/** Output of one spawned run. */
export interface SpawnResult {
  code: number | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

/** Options of {@link spawnCli}. */
export interface SpawnOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  cwd?: string;
  /** Fresh XDG config home unless given. */
  configHome?: string;
  /** The script to run: {@link BIN} unless given (the package's `bin` shim, to run the command as installed). */
  bin?: string;
}

/**
 * Runs `node dist/bin.js …` asynchronously (the mock server lives in this process, so the event loop must keep
 * turning while the child runs). Only PATH is inherited: no TERRAPIN_* variable of the developer's shell leaks in.
 */
export function spawnCli(args: readonly string[], options: SpawnOptions = {}): Promise<SpawnResult> {
  const configHome = options.configHome ?? tempConfigHome();
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: configHome,
    XDG_CONFIG_HOME: configHome,
  };
  for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [options.bin ?? BIN, ...args], {
      cwd: options.cwd ?? configHome,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({
        code,
        stdout: stdoutBytes.toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        stdoutBytes,
      });
    });
    child.stdin.end(options.stdin ?? '');
  });
}
