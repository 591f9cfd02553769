import { cusipToIsin, isValidCusip, normalizeIsin } from '@terrapin/core/identifiers';
import type { Command } from 'commander';
import type { CliContext } from '../context';
import { CliUsageError } from '../errors';
import { type IsinEntry, isinEntries, isinProblem } from '../isin-input';
import { ownOptions, positionalStrings } from '../option-values';
import { createRowSink } from '../output/row-stream';
import { addOutputOptions, readOutputFlags } from '../output-options';

/** Exit status carried by a successful render that still found invalid input (checkers exit 2 on any invalid). */
export class InvalidInputsFound extends CliUsageError {}

/**
 * Offline identifier helpers: no key, no request, no quota. `isin check` validates (exit 2 if any is invalid,
 * so it works in shell conditionals); `isin from-cusip` converts US/CA CUSIPs.
 */
export function addIsinCommands(program: Command, ctx: CliContext): void {
  const group = program.command('isin').summary('Offline ISIN helpers (no key, no quota)');
  const check = group
    .command('check')
    .summary('Validate ISINs (exit 2 if any is invalid)')
    .argument('[isins...]', 'ISINs; - reads stdin (one per line or comma-separated)')
    .option('--isins-file <path>', 'read ISINs from a file')
    .addHelpText('after', '\nExample:\n  $ terrapin isin check US0378331005 XS2724510792\n');
  addOutputOptions(check, { paginated: false });
  check.action(async () => {
    const options = ownOptions(check);
    // Streamed: one row per input line as it is read, so a million-line file runs in flat memory.
    const sink = createRowSink(ctx, readOutputFlags(options));
    let total = 0;
    let bad = 0;
    for await (const e of entriesOf(ctx, positionalStrings(check), options.string('isinsFile'))) {
      const isin = normalizeIsin(e.value);
      const problem = isinProblem(isin);
      total++;
      if (problem) bad++;
      await sink.write({ input: e.value, isin, valid: !problem, problem: problem ?? null, origin: e.origin });
    }
    if (total === 0) throw new CliUsageError('no ISINs given');
    await sink.end();
    if (bad > 0) throw new InvalidInputsFound(`${bad} of ${total} ISINs are invalid`);
  });

  const fromCusip = group
    .command('from-cusip')
    .summary('Convert 9-character CUSIPs to ISINs offline')
    .argument('[cusips...]', 'CUSIPs; - reads stdin')
    .option('--country <code>', 'ISIN country prefix (US, or CA for Canadian CUSIPs)', 'US')
    .addHelpText('after', '\nExample:\n  $ terrapin isin from-cusip 037833100\n');
  addOutputOptions(fromCusip, { paginated: false });
  fromCusip.action(async () => {
    const options = ownOptions(fromCusip);
    const country = options.string('country') ?? 'US';
    if (!/^[A-Za-z]{2}$/.test(country)) throw new CliUsageError('--country must be two letters');
    const sink = createRowSink(ctx, readOutputFlags(options));
    let total = 0;
    let bad = 0;
    for await (const e of entriesOf(ctx, positionalStrings(fromCusip), undefined)) {
      const cusip = e.value.trim().toUpperCase();
      const problem = cusipProblem(cusip);
      total++;
      if (problem) bad++;
      await sink.write({
        cusip: e.value,
        isin: problem ? null : cusipToIsin(cusip, country),
        valid: problem === null,
        problem,
      });
    }
    if (total === 0) throw new CliUsageError('no CUSIPs given');
    await sink.end();
    if (bad > 0) throw new InvalidInputsFound(`${bad} of ${total} CUSIPs are invalid`);
  });
}

function entriesOf(ctx: CliContext, args: string[], file: string | undefined): AsyncGenerator<IsinEntry> {
  return isinEntries({ args, ...(file !== undefined ? { file } : {}), stdin: ctx.io.stdin, cwd: ctx.io.cwd });
}

/** Why a CUSIP has no ISIN, or `null` when it converts. */
function cusipProblem(cusip: string): string | null {
  if (cusip.length !== 9) return `must be 9 characters, got ${cusip.length}`;
  if (!isValidCusip(cusip)) return 'invalid check digit';
  // Legal in a CUSIP (private placements) but not in an ISIN.
  if (/[*@#]/.test(cusip)) return 'private placement CUSIP (* @ #): no ISIN';
  return null;
}
