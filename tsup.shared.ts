import { defineConfig, type Options } from 'tsup';

/**
 * One build setup for every public package: ESM only, types, source maps, code splitting between entries so
 * subpaths (e.g. `@terrapin/core/analytics`) share chunks instead of duplicating code.
 */
export function packageBuild(entry: Record<string, string>, overrides: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    ...overrides,
  });
}
