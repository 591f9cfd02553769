import { CommanderError } from 'commander';
import { CliContext } from './context';
import { formatError } from './errors';
import { ExitCode, exitCodeFor } from './exit-codes';
import { type CliIo, resolveIo } from './io';
import { buildProgram } from './program';

/**
 * Runs `terrapin` with `argv` (arguments after the program name) and resolves to the exit code; never throws
 * and never calls `process.exit`. Errors are printed to `io.stderr` in the API's words with the request id.
 * @example
 * const code = await run(['isin', 'check', 'US0378331005']); // 0
 */
export async function run(argv: readonly string[], io: Partial<CliIo> = {}): Promise<number> {
  const ctx = new CliContext(resolveIo(io));
  try {
    const program = buildProgram(ctx);
    await program.parseAsync([...argv], { from: 'user' });
    return ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Commander already printed its message. Help and version asked for are success; a group without its
      // subcommand prints help as an error: that is a usage error like any other.
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.ok;
      return ExitCode.usage;
    }
    ctx.err(formatError(err, ctx.pointerToFlag));
    return exitCodeFor(err);
  }
}
