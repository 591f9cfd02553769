// P5 of two built checkouts in one run, exactly as the bench measures it: the bench's P5 entry
// (createTerrapinClient + one call) resolved from each checkout's packages/react-hooks, so through core's package
// exports and its built dist/ (the `browser` condition included), then bundle() (esbuild, minify, gzip -9).
//   git worktree add /tmp/base <rev> && (cd /tmp/base && pnpm install && pnpm turbo run build --filter=@terrapin/core)
//   node bench/experiments/p5-ab.mjs /tmp/base .
import { resolve } from 'node:path';
import { bundle, KB } from '../lib/bundle.mjs';
import { CORE_ENTRY } from '../p5-bundle-size.bench.mjs';

const roots = process.argv.slice(2);
if (roots.length < 2) throw new Error('usage: node bench/experiments/p5-ab.mjs <checkout A> <checkout B>');
const sizes = [];
for (const root of roots) {
  const { minBytes, gzipBytes } = await bundle({
    contents: CORE_ENTRY,
    resolveDir: resolve(root, 'packages/react-hooks'),
  });
  sizes.push(gzipBytes);
  console.log(`${root}: ${minBytes} B minified, ${gzipBytes} B gzip (${(gzipBytes / KB).toFixed(2)} KB)`);
}
console.log(`B - A: ${sizes[1] - sizes[0]} B gzip`);
