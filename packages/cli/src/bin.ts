#!/usr/bin/env node
/**
 * The `terrapin` executable. `--version` is answered here, before anything else is imported, because it is the
 * startup benchmark (≤ 2.5× `node -e 0`) and the common "is it installed?" probe; every other path loads the
 * program lazily.
 */
import { readVersion } from './version';

const argv = process.argv.slice(2);

// `terrapin … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  process.stdout.write(`${readVersion()}\n`);
} else {
  const { run } = await import('./run');
  const code = await run(argv);
  // Exit explicitly once stdout/stderr have flushed: idle keep-alive sockets must not hold the process open,
  // and a pipe must still receive every byte we wrote.
  await Promise.all([flush(process.stdout), flush(process.stderr)]);
  process.exit(code);
}

function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.writableLength === 0) resolve();
    else stream.write('', () => resolve());
  });
}
