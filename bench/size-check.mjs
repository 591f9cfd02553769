#!/usr/bin/env node
/**
 * CI guard for the browser bundle line (issue 10, P5): builds the same bundles as `pnpm bench` P5 (esbuild, minified,
 * browser, gzip -9, from the built dist) and fails when one grows past its limit. The limits hold today's size plus
 * a little room; lower them as the goals (core ≤ 25 KB, react-hooks ≤ 4 KB) come within reach. Run after a build:
 *
 *   pnpm turbo run build && node bench/size-check.mjs
 */
import { bundle, KB } from './lib/bundle.mjs';
import { missingBuilds, ROOT } from './lib/packages.mjs';
import { CORE_ENTRY, HOOKS_ENTRY, HOOKS_EXTERNAL } from './p5-bundle-size.bench.mjs';

/** Limits in KB (1024 bytes) of gzip. */
const LIMITS = [
  {
    name: '@terrapin/core: createTerrapinClient + one call (ky, zod, schemas included)',
    limitKb: 32,
    goalKb: 25,
    build: () => bundle({ contents: CORE_ENTRY, resolveDir: `${ROOT}packages/react-hooks` }),
  },
  {
    name: '@terrapin/react-hooks own code (react, @tanstack, @terrapin/core external)',
    limitKb: 5.2,
    goalKb: 4,
    build: () =>
      bundle({ contents: HOOKS_ENTRY, resolveDir: `${ROOT}apps/bond-screener`, external: HOOKS_EXTERNAL }),
  },
];

const missing = missingBuilds(['core', 'react-hooks']);
if (missing.length) {
  console.error(`size-check: not built: ${missing.join(', ')}; run \`pnpm turbo run build\` first`);
  process.exit(2);
}

let failed = false;
for (const { name, limitKb, goalKb, build } of LIMITS) {
  const { gzipBytes } = await build();
  const kb = gzipBytes / KB;
  const over = kb > limitKb;
  failed ||= over;
  console.log(
    `${over ? 'FAIL' : 'ok  '} ${name}: ${kb.toFixed(2)} KB gzip (limit ${limitKb} KB, goal ${goalKb} KB)` +
      (over ? ' — find what grew with `node bench/p5-bundle-size.bench.mjs --explain`' : ''),
  );
}
process.exitCode = failed ? 1 : 0;
