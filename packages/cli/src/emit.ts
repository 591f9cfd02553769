import { propertyOf } from '@terrapin/core/adapter-kit';
import type { CliContext } from './context';
import { compileQuery, queryFormat } from './output/query';
import { chooseFormat, renderResult } from './output/render';
import { jsonSafe } from './output/terminal-safe';
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
  if (flags.query !== undefined) {
    await emitQueried(ctx, data, total, flags, flags.query);
    return;
  }
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

/**
 * `--query`: the expression is applied to the document `--format json` prints (`{data, total}`, after
 * `--fields`), or to each row for NDJSON, where rows it maps to `null` are left out (so it can filter).
 */
async function emitQueried(
  ctx: CliContext,
  data: readonly unknown[],
  total: number | null,
  flags: OutputFlags,
  expression: string,
): Promise<void> {
  const format = queryFormat(flags.format);
  const query = await compileQuery(expression);
  const { text } = await renderResult(data, total, {
    format: 'json',
    ...(flags.fields ? { fields: flags.fields } : {}),
  });
  // The document exactly as `--format json` prints it (so the query sees what the user would).
  const document: unknown = JSON.parse(text);
  if (format === 'json') {
    await ctx.out(`${jsonSafe(JSON.stringify(query(document), null, 2) ?? 'null')}\n`);
    return;
  }
  const lines: string[] = [];
  const rows = propertyOf(document, 'data');
  for (const row of Array.isArray(rows) ? rows : []) {
    const result = query(row);
    if (result !== null && result !== undefined) lines.push(`${jsonSafe(JSON.stringify(result))}\n`);
  }
  await ctx.out(lines.join(''));
}
