import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isinCheckDigit, isValidIsin, normalizeIsin } from '@terrapin/core/identifiers';
import { CliUsageError } from './errors';
import type { CliReadable } from './io';

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

/** Reads a whole stream as UTF-8 text. */
export async function readStream(stream: CliReadable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Splits text into ISIN entries: one per line or comma/space-separated, blank lines and `#` comments ignored,
 * each remembered with its line number.
 */
export function parseIsinText(text: string, label: string): IsinEntry[] {
  const entries: IsinEntry[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((line, index) => {
    const content = line.replace(/#.*$/, '');
    for (const token of content.split(/[,;\s]+/)) {
      if (token) entries.push({ value: token, origin: `${label}:${index + 1}` });
    }
  });
  return entries;
}

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
  const entries: IsinEntry[] = [];
  let stdinUsed = false;
  const fromStdin = async (): Promise<IsinEntry[]> => {
    if (stdinUsed) return [];
    stdinUsed = true;
    if (sources.stdin.isTTY) {
      throw new CliUsageError('`-` reads ISINs from stdin, but stdin is a terminal: pipe a file into it');
    }
    return parseIsinText(await readStream(sources.stdin), 'stdin');
  };

  (sources.args ?? []).forEach((arg, i) => {
    if (arg !== '-') {
      for (const token of arg.split(',').filter(Boolean))
        entries.push({ value: token, origin: `argument ${i + 1}` });
    }
  });
  if (sources.args?.includes('-')) entries.push(...(await fromStdin()));
  for (const value of sources.flag ?? []) entries.push({ value, origin: '--isins' });
  if (sources.file !== undefined) {
    if (sources.file === '-') {
      entries.push(...(await fromStdin()));
    } else {
      let text: string;
      try {
        text = await readFile(resolve(sources.cwd, sources.file), 'utf8');
      } catch (err) {
        throw new CliUsageError(
          `cannot read --isins-file ${sources.file}: ${(err as NodeJS.ErrnoException).code ?? err}`,
        );
      }
      entries.push(...parseIsinText(text, sources.file));
    }
  }

  const problems: string[] = [];
  const seen = new Set<string>();
  const isins: string[] = [];
  for (const entry of entries) {
    const value = normalizeIsin(entry.value);
    const problem = isinProblem(value);
    if (problem) {
      problems.push(`${entry.origin}: ${JSON.stringify(entry.value)} ${problem}`);
    } else if (!seen.has(value)) {
      seen.add(value);
      isins.push(value);
    }
  }
  if (problems.length > 0) {
    throw new CliUsageError(
      `${problems.length} invalid ISIN${problems.length === 1 ? '' : 's'}; nothing was sent`,
      problems,
    );
  }
  return isins;
}
