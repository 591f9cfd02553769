import { Writable } from 'node:stream';
import type { CliWritable } from './io';

/** A progress display for `--all`; a no-op when stderr is not a terminal (logs and CI stay clean). */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

const NOOP: Progress = { update() {}, stop() {} };

/**
 * Starts a cli-progress bar on stderr (never stdout, which carries the data) when stderr is a TTY.
 * cli-progress is imported only here, only then.
 */
export async function startProgress(stderr: CliWritable, total: number, label: string): Promise<Progress> {
  // cli-progress drives a real Node stream (cursor moves, line clears); a stand-in without them gets no bar.
  if (!stderr.isTTY || !(stderr instanceof Writable) || total <= 0) return NOOP;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr,
      format: `${label} [{bar}] {value}/{total} rows`,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    update: (done) => bar.update(Math.min(done, total)),
    stop: () => bar.stop(),
  };
}
