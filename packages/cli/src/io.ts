/**
 * The process surface the CLI touches, injectable so tests can run the program in-process (and so nothing below
 * reaches for `process` directly).
 */

/** A writable text/binary sink: `process.stdout`, `process.stderr`, or a test double. */
export interface CliWritable {
  /** Writes a chunk; `false` means the buffer is full and the caller should wait for `'drain'`. */
  write(chunk: string | Uint8Array): boolean;
  /** True on an interactive terminal: picks the table format and shows the progress bar. */
  isTTY?: boolean;
  /** Terminal width, when known. */
  columns?: number;
  /** Calls `listener` once when a full buffer has drained (streams have it; a test double may not). */
  once?(event: 'drain', listener: () => void): unknown;
}

/** Where the CLI reads piped input (`-`) and prompts from. */
export type CliReadable = NodeJS.ReadableStream & { isTTY?: boolean };

/** Everything the CLI needs from its process; `defaultIo` (not exported) is the real one. */
export interface CliIo {
  stdout: CliWritable;
  stderr: CliWritable;
  stdin: CliReadable;
  /** Environment variables (`TERRAPIN_API_KEY`, `TERRAPIN_BASE_URL`, `XDG_CONFIG_HOME`, `HOME`). */
  env: Record<string, string | undefined>;
  /** Working directory for relative paths (`--isins-file`, `--body @file`, `-o`). */
  cwd: string;
}

/** The real process streams and environment. */
export function defaultIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Fills the parts of a partial io (tests often pass only stdout/stderr) from the real process. */
export function resolveIo(io: Partial<CliIo> = {}): CliIo {
  return { ...defaultIo(), ...io };
}

/** Waits for a full stream to drain, so large outputs (a 1000-row CSV, a PDF) keep bounded memory. */
export async function writeChunk(target: CliWritable, chunk: string | Uint8Array): Promise<void> {
  if (target.write(chunk) || !target.once) return;
  await new Promise<void>((resolve) => target.once?.('drain', resolve));
}
