import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliUsageError } from './errors';
import type { CliReadable } from './io';
import { readStream } from './isin-input';
import { errorMessage, readFailureReason } from './system-errors';

/**
 * Reads a JSON request body given as `--body '<json>'`, `--body @file.json` or `--body -` (stdin), the curl
 * conventions. The flag name is passed in so errors point at what the user typed.
 */
export async function readJsonBody(
  raw: string,
  ctx: { stdin: CliReadable; cwd: string; flag?: string },
): Promise<unknown> {
  const flag = ctx.flag ?? '--body';
  let text: string;
  let label: string;
  if (raw === '-') {
    if (ctx.stdin.isTTY) throw new CliUsageError(`${flag} - reads JSON from stdin, but stdin is a terminal`);
    text = await readStream(ctx.stdin);
    label = 'stdin';
  } else if (raw.startsWith('@')) {
    const path = raw.slice(1);
    try {
      text = await readFile(resolve(ctx.cwd, path), 'utf8');
    } catch (err) {
      throw new CliUsageError(`cannot read ${flag} file ${path}: ${readFailureReason(err)}`);
    }
    label = path;
  } else {
    text = raw;
    label = flag;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new CliUsageError(`${label} is not valid JSON: ${errorMessage(err)}`, [
      'Quote the JSON for your shell, e.g. --body \'{"isins":["US0378331005"]}\', or use --body @file.json',
    ]);
  }
}
