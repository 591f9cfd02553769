import { type Command, Option } from 'commander';
import { profileSettings, quotaPath, readConfig, selectedProfile } from '../config';
import { readGlobalOptions } from '../connect';
import type { CliContext } from '../context';
import { FileQuotaStore } from '../file-quota-store';
import { ownOptions } from '../option-values';
import { jsonSafe } from '../output/terminal-safe';

const QUOTA_FORMATS = ['text', 'json'] as const;

/**
 * `terrapin quota`: what this machine's ledger counted this billing month. The API reports no remaining quota
 * (CONTRACT.md §5), so the CLI counts distinct ISINs itself on every data call; other machines and apps using the
 * same key are not included.
 */
export function addQuotaCommand(program: Command, ctx: CliContext): void {
  const quota = program
    .command('quota')
    .summary('Distinct ISINs pulled this month (local ledger) and your budget')
    .description(
      'Distinct ISINs this machine pulled in the current billing month (UTC calendar month), from the local ledger kept next to the config file, and the monthly budget if you set one (`terrapin config set monthly-isin-budget 2500`). The API does not report remaining quota; calls made elsewhere with the same key are not counted here.',
    )
    .option('--list', 'also list the ISINs counted this month')
    .addOption(new Option('--format <format>', 'text or json').choices(QUOTA_FORMATS))
    .action(async () => {
      const options = ownOptions(quota);
      const list = options.boolean('list');
      const { env } = ctx.io;
      const [{ QuotaLedger }, loaded] = await Promise.all([import('@terrapin/core'), readConfig(env)]);
      const profile = selectedProfile(readGlobalOptions(quota).profile, env);
      const config = profileSettings(loaded.config, profile);
      const ledger = new QuotaLedger({ store: new FileQuotaStore(quotaPath(env, profile)) });
      const period = ledger.period();
      const isins = await ledger.list();
      const budget = config.monthlyIsinBudget ?? null;
      const report = {
        period,
        used: isins.length,
        budget,
        remaining: budget === null ? null : Math.max(0, budget - isins.length),
        ledger: quotaPath(env, profile),
        ...(list ? { isins } : {}),
      };
      const format = options.oneOf('format', QUOTA_FORMATS) ?? (ctx.io.stdout.isTTY ? 'text' : 'json');
      if (format === 'json') {
        await ctx.out(`${jsonSafe(JSON.stringify(report, null, 2))}\n`);
        return;
      }
      const lines = [
        `period:    ${period} (UTC)`,
        `used:      ${report.used} distinct ISIN${report.used === 1 ? '' : 's'}`,
        `budget:    ${budget === null ? 'not set (terrapin config set monthly-isin-budget <n>)' : budget}`,
      ];
      if (report.remaining !== null) lines.push(`remaining: ${report.remaining}`);
      lines.push(`ledger:    ${report.ledger}`);
      // join, not push(...isins): a ledger can hold more ISINs than a call has argument slots.
      if (list) lines.push('', ...(isins.length > 0 ? [isins.join('\n')] : []));
      await ctx.outText(`${lines.join('\n')}\n`);
    });
}
