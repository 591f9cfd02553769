import { type FileHandle, open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isinCheckDigit, isValidIsin, normalizeIsin } from '@terrapin/core/identifiers';
import { CliUsageError } from './errors';
import type { CliReadable } from './io';
import { readLines } from './line-reader';
import { readFailureReason } from './system-errors';

/** One ISIN as the user wrote it, and where (for error messages): `argument 2`, `isins.txt:3`, `stdin:4`. */
export interface IsinEntry {
  value: string;
  origin: string;
}

/** Where ISINs may come from on one command line. */
export interface IsinSources {
  /** Positional arguments; `-` means "read stdin". */
  args?: readonly string[];
  /** Values of an `--isins` flag (already comma-split). */
  flag?: readonly string[];
  /** `--isins-file` path (`-` for stdin). */
  file?: string;
  stdin: CliReadable;
  cwd: string;
}

/** Reads a whole stream as UTF-8 text (small inputs only: a key, a JSON body). */
export async function readStream(stream: CliReadable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The entries of one line: comma/semicolon/space-separated, `#` starts a comment. */
export function parseIsinLine(line: string, origin: string): IsinEntry[] {
  const entries: IsinEntry[] = [];
  for (const token of line.replace(/#.*$/, '').split(/[,;\s]+/)) {
    if (token) entries.push({ value: token, origin });
  }
  return entries;
}

/**
 * Splits text into ISIN entries: one per line or comma/space-separated, blank lines and `#` comments ignored,
 * each remembered with its line number.
 */
export function parseIsinText(text: string, label: string): IsinEntry[] {
  const entries: IsinEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    for (const entry of parseIsinLine(line, `${label}:${index + 1}`)) entries.push(entry);
  });
  return entries;
}

/** Options of {@link isinEntries}. */
export interface EntryOptions {
  /** Refuse `-` when stdin is a terminal (data commands: nobody types 10 000 ISINs; `isin check` allows it). */
  refuseTtyStdin?: boolean;
}

async function* linesOf(
  stream: AsyncIterable<string | Uint8Array>,
  label: string,
): AsyncGenerator<IsinEntry> {
  let lineNo = 0;
  for await (const line of readLines(stream, label)) {
    lineNo++;
    yield* parseIsinLine(line, `${label}:${lineNo}`);
  }
}

/**
 * Every entry from arguments, a flag, a file and/or stdin, in that order, one at a time: files and stdin are
 * read line by line, so a million-line list never sits in memory as text (issue 14 item 14). `-` reads stdin once.
 */
export async function* isinEntries(
  sources: IsinSources,
  options: EntryOptions = {},
): AsyncGenerator<IsinEntry> {
  let stdinUsed = false;
  const fromStdin = async function* (): AsyncGenerator<IsinEntry> {
    if (stdinUsed) return;
    stdinUsed = true;
    if (options.refuseTtyStdin && sources.stdin.isTTY) {
      throw new CliUsageError('`-` reads ISINs from stdin, but stdin is a terminal: pipe a file into it');
    }
    yield* linesOf(sources.stdin, 'stdin');
  };

  const args = sources.args ?? [];
  for (const [i, arg] of args.entries()) {
    if (arg === '-') continue;
    for (const token of arg.split(',').filter(Boolean)) yield { value: token, origin: `argument ${i + 1}` };
  }
  if (args.includes('-')) yield* fromStdin();
  for (const value of sources.flag ?? []) yield { value, origin: '--isins' };
  if (sources.file === '-') yield* fromStdin();
  else if (sources.file !== undefined) {
    let handle: FileHandle;
    try {
      handle = await open(resolve(sources.cwd, sources.file), 'r');
    } catch (err) {
      throw new CliUsageError(`cannot read --isins-file ${sources.file}: ${readFailureReason(err)}`);
    }
    const stream = handle.createReadStream();
    try {
      yield* linesOf(stream, sources.file);
    } finally {
      stream.destroy();
    }
  }
}

/** Invalid entries listed one per line in an error; the rest are counted (a wrong file could hold a million). */
export const MAX_PROBLEMS_SHOWN = 50;

/** Why `value` (already normalised) is not a valid ISIN, or `undefined` when it is. */
export function isinProblem(value: string): string | undefined {
  if (isValidIsin(value)) return undefined;
  if (value.length !== 12) return `must be 12 characters, got ${value.length}`;
  if (!/^[A-Z]{2}[A-Z0-9]{9}[0-9]$/.test(value)) {
    return 'must be 2 letters, 9 letters or digits, then a check digit';
  }
  return `invalid check digit (expected ${isinCheckDigit(value.slice(0, 11))})`;
}

/**
 * Collects, normalises (trim, upper-case), checks and de-duplicates ISINs from arguments, a flag, a file and/or
 * stdin. Every invalid ISIN is reported with its position before any request is made (issue 8), so a bad line 3
 * of a 10 000-line file costs nothing.
 * @throws CliUsageError listing each invalid entry.
 */
export async function collectIsins(sources: IsinSources): Promise<string[]> {
  const problems: string[] = [];
  let invalid = 0;
  const seen = new Set<string>();
  const isins: string[] = [];
  for await (const entry of isinEntries(sources, { refuseTtyStdin: true })) {
    const value = normalizeIsin(entry.value);
    const problem = isinProblem(value);
    if (problem) {
      invalid++;
      if (problems.length < MAX_PROBLEMS_SHOWN)
        problems.push(`${entry.origin}: ${JSON.stringify(entry.value)} ${problem}`);
    } else if (!seen.has(value)) {
      seen.add(value);
      isins.push(value);
    }
  }
  if (invalid > 0) {
    if (invalid > problems.length) problems.push(`… and ${invalid - problems.length} more`);
    throw new CliUsageError(`${invalid} invalid ISIN${invalid === 1 ? '' : 's'}; nothing was sent`, problems);
  }
  return isins;
}
