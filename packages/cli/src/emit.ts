import type { CliContext } from './context';
import { chooseFormat, renderResult } from './output/render';
import type { OutputFlags } from './output-options';

/**
 * Prints one result in the chosen format. Notes about the data (more rows than shown, unknown `--fields`) go
 * to stderr so stdout stays parseable whatever the format.
 */
export async function emitResult(
  ctx: CliContext,
  data: readonly unknown[],
  total: number | null,
  flags: OutputFlags,
  { paginated }: { paginated: boolean },
): Promise<void> {
  const format = chooseFormat(flags.format, ctx.io.stdout.isTTY);
  const { text, warnings } = await renderResult(data, total, {
    format,
    ...(flags.fields ? { fields: flags.fields } : {}),
    ...(ctx.io.stdout.columns ? { termWidth: ctx.io.stdout.columns } : {}),
  });
  // A table is for people; CSV is data, kept exact unless it is going to a terminal; JSON is escaped already.
  if (format === 'table' || (format === 'csv' && ctx.io.stdout.isTTY)) await ctx.outText(text);
  else await ctx.out(text);
  for (const w of warnings) ctx.err(`${w}\n`);
  if (format === 'table') {
    if (data.length === 0) ctx.err('no rows\n');
    else if (total !== null && total > data.length) {
      const more = paginated ? ' (--all for every page, or --limit/--offset)' : '';
      ctx.err(`${data.length} of ${total} rows${more}\n`);
    }
  }
}
