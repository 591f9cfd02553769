import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The built `terrapin-mock` bin (turbo builds the mock before this package's tests: it is a devDependency). */
const BIN = resolve(import.meta.dirname, '../../node_modules/@terrapin/mock-server/dist/bin.js');

export interface SpawnedMock {
  url: string;
  child: ChildProcess;
  close(): Promise<void>;
}

/** Starts the mock in its own process (no rate limit, no quota unless `args` say otherwise). */
export function spawnMock(args: readonly string[]): Promise<SpawnedMock> {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: run \`pnpm --filter @terrapin/mock-server build\` first`);
  }
  const child = spawn(
    process.execPath,
    [BIN, '--port', '0', '--rate-limit', 'off', '--quota', 'off', ...args],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  return new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (!url) return;
      child.stdout?.off('data', onData);
      child.stdout?.resume();
      done({
        url,
        child,
        close: () =>
          new Promise<void>((closed) => {
            if (child.exitCode !== null) return closed();
            child.once('exit', () => closed());
            child.kill('SIGTERM');
          }),
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) =>
      fail(new Error(`terrapin-mock exited with ${code} before listening:\n${output}`)),
    );
    child.once('error', fail);
  });
}
