// Extracts the TypeScript/JavaScript code blocks of every README and guide, for test/code-blocks.test.ts:
// each block becomes a module in .snippets/ (type-checked by tsc against the BUILT packages), and the blocks marked
// `<!-- run -->` on the line before their fence are also compiled to .mjs and executed against the mock server.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteDir = join(fileURLToPath(import.meta.url), '../..');
export const repoRoot = join(siteDir, '../..');
export const snippetDir = join(siteDir, '.snippets');

const LANGS = new Map([
  ['ts', 'ts'],
  ['typescript', 'ts'],
  ['tsx', 'tsx'],
  ['js', 'ts'],
  ['mjs', 'ts'],
  ['javascript', 'ts'],
]);

/** Every markdown file whose code a user copies. */
export function markdownSources() {
  const files = [join(repoRoot, 'README.md'), join(repoRoot, 'examples/README.md')];
  for (const name of readdirSync(join(repoRoot, 'packages'))) {
    if (name === 'docs-site') continue;
    files.push(join(repoRoot, 'packages', name, 'README.md'));
  }
  for (const name of readdirSync(join(repoRoot, 'docs/guides')).sort()) {
    if (name.endsWith('.md')) files.push(join(repoRoot, 'docs/guides', name));
  }
  return files.filter((f) => {
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * @typedef {{ id: string, source: string, line: number, lang: 'ts' | 'tsx', code: string, run: boolean }} Block
 * @returns {Block[]}
 */
export function extractBlocks() {
  /** @type {Block[]} */
  const blocks = [];
  for (const file of markdownSources()) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const source = relative(repoRoot, file);
    const stem = source.replace(/[^a-zA-Z0-9]+/g, '_');
    for (let i = 0; i < lines.length; i++) {
      const open = /^```(\w+)\s*$/.exec(lines[i] ?? '');
      if (!open) continue;
      let end = i + 1;
      while (end < lines.length && !(lines[end] ?? '').startsWith('```')) end++;
      const lang = LANGS.get(open[1] ?? '');
      if (lang) {
        blocks.push({
          id: `${stem}_L${i + 1}`,
          source,
          line: i + 1,
          lang: /** @type {'ts' | 'tsx'} */ (lang),
          code: lines.slice(i + 1, end).join('\n'),
          run: (lines[i - 1] ?? '').trim() === '<!-- run -->',
        });
      }
      i = end;
    }
  }
  return blocks;
}

/**
 * Writes every block as a module (`export {}` keeps each one's names its own) and returns the file of each.
 * @param {Block[]} blocks
 * @returns {Map<string, string>}
 */
export function writeSnippets(blocks) {
  rmSync(snippetDir, { recursive: true, force: true });
  mkdirSync(snippetDir, { recursive: true });
  const files = new Map();
  for (const block of blocks) {
    const file = join(snippetDir, `${block.id}.${block.lang}`);
    writeFileSync(file, `${block.code}\nexport {};\n`);
    files.set(block.id, file);
  }
  writeFileSync(join(snippetDir, 'tsconfig.json'), JSON.stringify(snippetTsconfig(), null, 2));
  return files;
}

function snippetTsconfig() {
  return {
    extends: '../../../tsconfig.base.json',
    compilerOptions: {
      // The built packages (dist types), as a user gets them: no @terrapin/source condition.
      customConditions: [],
      noUnusedLocals: false,
      types: ['node'],
    },
    include: ['*.ts', '*.tsx', '../test/snippet-globals.d.ts'],
  };
}

export { basename };
