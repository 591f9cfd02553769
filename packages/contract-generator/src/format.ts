import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const biomeBin = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');

/**
 * Formats TypeScript source with the repo's Biome (its biome.json: width 110, single quotes, trailing commas), as
 * `pnpm format` would. `path` only tells Biome the language and which config applies; nothing is read or written.
 */
export function formatWithBiome(source: string, path: string, cwd: string): string {
  // biome.json leaves `*.generated.ts` out of `biome ci` (their freshness is checked byte for byte instead), and
  // Biome echoes an ignored path's input unformatted: format them under a name it does not ignore.
  const stdinPath = path.replace(/\.generated\.ts$/, '.ts');
  const result = spawnSync(process.execPath, [biomeBin, 'format', `--stdin-file-path=${stdinPath}`], {
    cwd,
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || /was not formatted/.test(`${result.stdout.slice(-300)}${result.stderr}`))
    throw new Error(`biome format ${path} failed:\n${result.stderr}${result.stdout.slice(-300)}`);
  return result.stdout;
}
