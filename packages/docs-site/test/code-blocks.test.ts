// Every TypeScript/JavaScript block of every README and guide is type-checked against the BUILT packages (dist
// types, as a user installs them), and the blocks marked `<!-- run -->` are executed against the mock server: a
// quickstart that does not compile, throws, logs an error or returns no rows fails here.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createMockServer, MOCK_API_KEY, type MockServer } from '@terrapin/mock-server';
import { transform } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractBlocks, siteDir, snippetDir, writeSnippets } from '../scripts/code-blocks.mjs';

const blocks = extractBlocks();
const runnable = blocks.filter((b) => b.run);
const diagnostics = new Map<string, string[]>();
let mock: MockServer;

beforeAll(async () => {
  const files = writeSnippets(blocks);
  const tsc = spawnSync(
    process.execPath,
    [
      join(siteDir, 'node_modules/typescript/bin/tsc'),
      '-p',
      join(snippetDir, 'tsconfig.json'),
      '--noEmit',
      '--pretty',
      'false',
    ],
    { encoding: 'utf8', timeout: 240_000 },
  );
  if (tsc.error) throw tsc.error;
  for (const line of `${tsc.stdout}${tsc.stderr}`.split('\n')) {
    const file = /^(.+?\.tsx?)\(\d+,\d+\): error/.exec(line)?.[1];
    if (!file) continue;
    const id =
      [...files.entries()].find(([, f]) => relative(siteDir, f) === file || f.endsWith(file))?.[0] ?? file;
    diagnostics.set(id, [...(diagnostics.get(id) ?? []), line]);
  }
  mock = await createMockServer(); // the API's defaults: 100 requests / 60 s, 3,000 ISINs a month
}, 300_000);
afterAll(() => mock?.close());

function runNode(file: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], {
      cwd: siteDir,
      env: {
        ...process.env,
        TERRAPIN_BASE_URL: mock.url,
        TERRAPIN_API_KEY: MOCK_API_KEY,
        NODE_NO_WARNINGS: '1',
      },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('README and guide code blocks', () => {
  it('finds the blocks: every README and guide is scanned, and the quickstarts are marked to run', () => {
    expect(new Set(blocks.map((b) => b.source))).toContain('packages/core/README.md');
    expect(new Set(blocks.map((b) => b.source))).toContain('docs/guides/01-quickstart.md');
    expect(runnable.map((b) => b.source)).toContain('packages/core/README.md');
    console.log(
      `code blocks: ${blocks.length} extracted, ${blocks.length} type-checked, ${runnable.length} executed`,
    );
  });

  it.each(blocks.map((b) => [`${b.source}:${b.line}`, b] as const))('%s type-checks', (_name, block) => {
    expect(diagnostics.get(block.id) ?? []).toEqual([]);
  });

  it.each(runnable.map((b) => [`${b.source}:${b.line}`, b] as const))(
    '%s runs against the mock and returns rows',
    async (_name, block) => {
      const { code } = await transform(block.code, { loader: block.lang, format: 'esm', target: 'node20' });
      const file = join(snippetDir, `${block.id}.mjs`);
      writeFileSync(file, code);
      const result = await runNode(file);
      console.log(`--- ${block.source}:${block.line}\n${result.stdout.trimEnd()}`);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout.trim()).not.toBe('');
      expect(result.stdout).not.toMatch(/\b0 of 0\b|^0 /m);
    },
    90_000,
  );
});
