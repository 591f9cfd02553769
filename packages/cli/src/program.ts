import { Command, Option } from 'commander';
import { addCallCommand } from './commands/call';
import { addConfigCommands } from './commands/config';
import { addIsinCommands } from './commands/isin';
import { addQuotaCommand } from './commands/quota';
import { addCompletionCommand } from './completion';
import { CliContext } from './context';
import { deriveCommands } from './derive-commands';
import { type CliIo, resolveIo } from './io';
import { terminalSafe } from './output/terminal-safe';
import { parseNumber } from './values';
import { readVersion } from './version';

const CONNECTION = 'Connection options (any command):';

/**
 * Builds the `terrapin` program on an existing context (the run loop needs the context for error output).
 * @internal
 */
export function buildProgram(ctx: CliContext): Command {
  const { io } = ctx;
  const program = new Command('terrapin')
    .description(
      'Terrapin Finance fixed-income data from the terminal: bond, agency and municipal search, reference data, pricing, cash flows, documents.',
    )
    .version(readVersion(), '-V, --version', 'print the version')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(terminalSafe(ctx.scrub(s))),
      writeErr: (s) => ctx.err(s),
      getOutHelpWidth: () => io.stdout.columns ?? 100,
      getErrHelpWidth: () => io.stderr.columns ?? 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    // Throw instead of process.exit(): run() maps every commander error to exit code 2 (issue 8).
    .exitOverride()
    .showSuggestionAfterError(true)
    .helpCommand(true);

  program
    .addOption(
      new Option(
        '--api-key <key>',
        'API key (else TERRAPIN_API_KEY, else the config file); visible in `ps`',
      ).helpGroup(CONNECTION),
    )
    .addOption(
      new Option(
        '--base-url <url>',
        'API origin, e.g. a terrapin-mock or proxy URL (else TERRAPIN_BASE_URL)',
      ).helpGroup(CONNECTION),
    )
    .addOption(
      new Option('--timeout <ms>', 'per-attempt timeout in milliseconds (default 30000)')
        .argParser((raw: string) => parseNumber(raw, { integer: true, minimum: 1 }))
        .helpGroup(CONNECTION),
    )
    .addOption(
      new Option('--max-retries <n>', 'retries on network errors, 429 and 5xx (default 2)')
        .argParser((raw: string) => parseNumber(raw, { integer: true, minimum: 0 }))
        .helpGroup(CONNECTION),
    )
    .addOption(
      new Option(
        '--header <name=value>',
        'extra request header, repeatable (e.g. x-mock-fault=429 with terrapin-mock)',
      )
        .argParser((raw: string, previous: string[] | undefined) => [...(previous ?? []), raw])
        .helpGroup(CONNECTION),
    )
    .addOption(
      new Option(
        '--profile <name>',
        'use a named profile of the config file (else TERRAPIN_PROFILE); flags and TERRAPIN_* variables still win',
      ).helpGroup(CONNECTION),
    )
    .addOption(
      new Option('--debug', 'print redacted request/response lines to stderr').helpGroup(CONNECTION),
    );

  // Commands added from here on are listed under this heading: the API's data first, local helpers after.
  program.commandsGroup('Data commands (call the API):');
  deriveCommands(program, ctx);
  addCallCommand(program, ctx);
  program.commandsGroup('Local commands (no API call):');
  addIsinCommands(program, ctx);
  addQuotaCommand(program, ctx);
  addConfigCommands(program, ctx);
  addCompletionCommand(program, ctx);

  program.addHelpText(
    'after',
    `
Examples:
  $ terrapin bonds search --countries Italy --coupon-min 3 --limit 5
  $ terrapin bonds reference XS1610682764 --format csv > reference.csv
  $ terrapin munis cashflows --isins-file isins.txt
  $ terrapin call bond_search --body '{"currencies":["EUR"],"limit":10}'

Exit codes: 0 ok, 1 unexpected, 2 usage/validation, 3 authentication/permission,
4 not found, 5 rate limited or quota, 6 network/timeout.`,
  );
  return program;
}

/**
 * Creates the `terrapin` commander program, with every command derived from the operations table.
 * `io` replaces the process streams and environment (tests run the CLI in-process with it).
 * Commander errors are thrown (`exitOverride`), not exited; prefer {@link run} which maps them to exit codes.
 * @example
 * const program = createProgram({ env: { TERRAPIN_API_KEY: key } });
 * await program.parseAsync(['bonds', 'search', '--limit', '5'], { from: 'user' });
 */
export function createProgram(io: Partial<CliIo> = {}): Command {
  return buildProgram(new CliContext(resolveIo(io)));
}
