#!/usr/bin/env node
// Writes the generated modules of @terrapin/react-hooks from core's operations table.
//   node scripts/generate.mjs          write them
//   node scripts/generate.mjs --check  exit 1 when a committed file is stale
// The renderer is TypeScript and imports core's source, so it is loaded through Vite (already a dev tool here)
// with the `@terrapin/source` condition, as the tests do.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const { module } = await runnerImport(join(root, 'scripts/render-generated.ts'), {
  root,
  logLevel: 'error',
  environments: {
    inline: { resolve: { noExternal: [/^@terrapin\//], conditions: ['@terrapin/source'] } },
  },
});

let stale = 0;
for (const [file, render] of Object.entries(module.generatedFiles)) {
  const path = join(root, file);
  const next = render();
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {}
  if (current === next) continue;
  if (check) {
    stale += 1;
    console.error(`${file} is stale: run node scripts/generate.mjs`);
  } else {
    writeFileSync(path, next);
    console.log(`wrote ${file}`);
  }
}
process.exit(stale ? 1 : 0);
