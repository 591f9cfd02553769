#!/usr/bin/env node
// Runs publint (strict) and attw (esm-only profile) on every public package's packed tarball.
// Packages must be built first (turbo run build). Exits non-zero when any check fails.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publicPackages } from './public-packages.mjs';

const root = join(fileURLToPath(import.meta.url), '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);
let failed = 0;
for (const pkg of publicPackages) {
  const cwd = join(root, pkg.dir);
  for (const [label, cmd, args] of [
    ['publint', bin('publint'), ['--strict']],
    ['attw', bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped']],
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
if (failed) {
  console.error(`${failed} package check(s) failed`);
  process.exit(1);
}
console.log(`all ${publicPackages.length} public packages pass publint and attw`);
