#!/usr/bin/env node
// Runs publint (strict) and attw (no profile: every column — node10, node16 from CJS, node16 from ESM, bundler —
// must be green, as every public entry ships ESM and CommonJS) on every public package's packed tarball, then checks
// the hooks package's Next.js App Router boundary on its built files.
// Packages must be built first (turbo run build). Exits non-zero when any check fails.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkClientEntry, checkServerSafeEntry } from './client-boundary.mjs';
import { publicPackages } from './public-packages.mjs';

const root = join(fileURLToPath(import.meta.url), '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
let failed = 0;
for (const pkg of publicPackages) {
  const cwd = join(root, pkg.dir);
  for (const [label, cmd, args] of [
    ['publint', bin('publint'), ['--strict']],
    ['attw', bin('attw'), ['--pack', '.', '--format', 'table-flipped']],
  ]) {
    try {
      const out = execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      console.log(`✔ ${label} ${pkg.name}\n${out.trim()}\n`);
    } catch (error) {
      failed++;
      console.error(`✘ ${label} ${pkg.name}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
}

// Next.js App Router: the hooks root entry is a client module; `/options` is importable from server components
// (the option factories prefetch there). Both builds (ESM and CJS) of each.
const hooksDist = join(root, 'packages/react-hooks/dist');
for (const ext of ['js', 'cjs']) {
  const client = join(hooksDist, `index.${ext}`);
  const server = join(hooksDist, `options/index.${ext}`);
  const problems = checkClientEntry(client);
  const graph = checkServerSafeEntry(server);
  problems.push(...graph.problems);
  if (problems.length) {
    failed++;
    console.error(`✘ next.js boundary @terrapin/react-hooks (${ext})\n  ${problems.join('\n  ')}`);
  } else {
    console.log(
      `✔ next.js boundary @terrapin/react-hooks (${ext}): index.${ext} starts with 'use client'; ` +
        `options/index.${ext} and what it loads (${graph.files.join(', ')}) have no 'use client' and no React import`,
    );
  }
}

if (failed) {
  console.error(`${failed} package check(s) failed`);
  process.exit(1);
}
console.log(
  `all ${publicPackages.length} public packages pass publint and attw (every column), and the hooks keep the Next.js boundary`,
);
