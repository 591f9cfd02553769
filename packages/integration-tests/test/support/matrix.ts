import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** One observed row of a fault matrix. */
export interface MatrixRow {
  fault: string;
  expected: string;
  attempts: number | string;
  retried: string;
  error: string;
  recovers: string;
}

const HEADER: Array<[keyof MatrixRow, string]> = [
  ['fault', 'fault'],
  ['expected', 'specified'],
  ['attempts', 'attempts seen'],
  ['retried', 'retried?'],
  ['error', 'typed error'],
  ['recovers', 'one transient fault'],
];

/** The rows as a Markdown table. */
export function matrixMarkdown(rows: readonly MatrixRow[]): string {
  const cells = rows.map((row) => HEADER.map(([key]) => String(row[key])));
  const widths = HEADER.map(([, title], i) => Math.max(title.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(HEADER.map(([, title]) => title)),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
  ].join('\n');
}

/**
 * Prints the matrix in the test output and writes it to `bench/<file>` (repository root), where the reports
 * quote it from.
 */
export function emitMatrix(
  file: string,
  title: string,
  rows: readonly MatrixRow[],
  notes: string[] = [],
): void {
  const markdown = [`## ${title}`, '', matrixMarkdown(rows), '', ...notes.map((n) => `- ${n}`), ''].join(
    '\n',
  );
  process.stdout.write(`\n${markdown}\n`);
  const target = resolve(import.meta.dirname, '../../../../bench', file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, `<!-- Written by the reliability suite; do not edit. -->\n${markdown}`);
}
