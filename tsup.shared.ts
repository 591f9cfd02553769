import { readFileSync, writeFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/** Build settings beyond tsup's own options. */
export interface PackageBuildOptions extends Options {
  /**
   * Entries built as ESM only (commands: `bin.ts` may use top-level await, and nobody `require()`s a bin). They
   * still share chunks with the public entries in the ESM build.
   */
  esmOnly?: Record<string, string>;
  /**
   * Entries whose built files (ESM and CJS) must start with `'use client'`, e.g. the hooks entry for the Next.js App
   * Router. Names as in `entry` (`index`), not chunks: a server component can then still import the other entries.
   */
  useClient?: string[];
}

/**
 * One build setup for every public package: ESM (`.js`, `.d.ts`) plus CommonJS (`.cjs`, `.d.cts`) for Jest /
 * ts-jest users who cannot `require()` ESM, types, source maps, code splitting between entries so subpaths (e.g.
 * `@terrapin/core/analytics`) share chunks instead of duplicating code. In the CJS build tsup shims `import.meta.url`
 * from `__filename` (the CLI and the mock read their package.json through it).
 */
export function packageBuild(entry: Record<string, string>, options: PackageBuildOptions = {}) {
  const { esmOnly = {}, useClient = [], ...overrides } = options;
  return defineConfig({
    entry: { ...entry, ...esmOnly },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    shims: true,
    esbuildOptions(build, { format }) {
      // Only the ESM build carries the ESM-only entries; the CJS build gets the public ones.
      if (format === 'cjs') build.entryPoints = entry;
    },
    // After the build, not as an esbuild banner: tsup's tree-shaking pass (rollup) drops module-level directives.
    onSuccess: useClient.length
      ? async () => {
          for (const name of useClient)
            for (const ext of ['js', 'cjs']) prependDirective(`dist/${name}.${ext}`);
        }
      : undefined,
    ...overrides,
  });
}

/** Puts `'use client';` first in a built file and shifts its source map down the one line it adds. */
function prependDirective(file: string): void {
  writeFileSync(file, `'use client';\n${readFileSync(file, 'utf8')}`);
  const mapFile = `${file}.map`;
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { mappings: string };
  // In a source map's `mappings`, each `;` starts the next generated line: one more `;` = one line further down.
  map.mappings = `;${map.mappings}`;
  writeFileSync(mapFile, JSON.stringify(map));
}
