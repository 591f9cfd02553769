import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { type CliIo, run } from '../../src/index';

/** Output of one in-process run. */
export interface InProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link runInProcess}. */
export interface InProcessOptions {
  env?: Record<string, string | undefined>;
  stdin?: string;
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  cwd?: string;
  columns?: number;
}

/** A fresh, empty XDG config home (so no test reads the developer's real config). */
export function tempConfigHome(): string {
  return mkdtempSync(join(tmpdir(), 'terrapin-cli-test-'));
}

function sink(isTTY: boolean, columns?: number) {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (c: Buffer) => chunks.push(c));
  return {
    io: Object.assign(stream, { isTTY, ...(columns ? { columns } : {}) }),
    text: () => Buffer.concat(chunks).toString('utf8'),
  };
}

/** Runs the CLI in this process with captured streams and an isolated environment. */
export async function runInProcess(args: string[], options: InProcessOptions = {}): Promise<InProcessResult> {
  const out = sink(options.stdoutTTY ?? false, options.columns);
  const err = sink(options.stderrTTY ?? false);
  const stdin = Object.assign(
    Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    {
      isTTY: options.stdin === undefined,
    },
  );
  const io: Partial<CliIo> = {
    stdout: out.io,
    stderr: err.io,
    stdin,
    env: { XDG_CONFIG_HOME: tempConfigHome(), ...options.env },
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await run(args, io);
  await new Promise((r) => setImmediate(r));
  return { code, stdout: out.text(), stderr: err.text() };
}
