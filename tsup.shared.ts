import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { versionDefine } from './version-define.ts';

/** Build settings beyond tsup's own options. */
export interface PackageBuildOptions extends Options {
  /**
   * Entries built as ESM only (commands: `bin.ts` may use top-level await, and nobody `require()`s a bin). They
   * still share chunks with the public entries in the ESM build.
   */
  esmOnly?: Record<string, string>;
  /**
   * Executables built with the listed ESM dependencies inlined and tree-shaken (own chunks, shared with nothing).
   * A command's first answer is mostly module loading: unbundled, `@terrapin/core` makes Node resolve and compile
   * ~120 files (zod/mini's index alone pulls in its ~60 locales); inlined, a few chunks. CommonJS dependencies
   * (commander, undici) stay external: inlining them into ESM would need a `require` shim. The package keeps its
   * dependencies for the library entries; only the executable carries its own copy of what it inlines.
   */
  bundledBins?: { entry: Record<string, string>; inline: (string | RegExp)[] };
  /**
   * Entries whose built files (ESM and CJS) must start with `'use client'`, e.g. the hooks entry for the Next.js App
   * Router. Names as in `entry` (`index`), not chunks: a server component can then still import the other entries.
   */
  useClient?: string[];
  /**
   * A second ESM build of the same entries into `dist/browser/`, for the `browser` export condition, with these
   * source files replaced (path of the server module → path of its browser variant, both relative to the package).
   * For code a page can never use: reading the environment, naming the server runtime in a `User-Agent`,
   * `util.inspect` hooks. The
   * variants must export what the modules they replace export (they type their exports as `typeof` the originals).
   */
  browserSwaps?: Record<string, string>;
}

/**
 * One build setup for every public package: ESM (`.js`, `.d.ts`) plus CommonJS (`.cjs`, `.d.cts`) for Jest /
 * ts-jest users who cannot `require()` ESM, types, source maps, code splitting between entries so subpaths (e.g.
 * `@terrapin/core/analytics`) share chunks instead of duplicating code.
 *
 * Two builds, because the CJS one differs: it inlines the dependencies that ship only ESM (ky), since Jest's
 * module system cannot `require()` them on Node < 24.9 even where Node can; it shims `import.meta.url` from
 * `__filename` (the CLI and the mock read their package.json through it); it leaves out the ESM-only entries. The
 * ESM build is exactly what it was before CommonJS (same externals, same bundle sizes).
 */
export function packageBuild(entry: Record<string, string>, options: PackageBuildOptions = {}) {
  const { esmOnly = {}, bundledBins, useClient = [], browserSwaps, ...overrides } = options;
  const common: Options = {
    // The package.json version as a constant (version-define.ts): `changeset version` needs no source edit.
    define: versionDefine(),
    dts: true,
    sourcemap: true,
    // Both builds write into dist/ at once, so neither may clean it: it is emptied once, before they start.
    clean: false,
    splitting: true,
    treeshake: true,
    target: 'es2022',
  };
  return defineConfig(() => {
    rmSync('dist', { recursive: true, force: true });
    return [
      {
        ...common,
        entry: { ...entry, ...esmOnly },
        format: ['esm'],
        onSuccess: directiveStep(useClient, 'js'),
        ...overrides,
      },
      {
        ...common,
        entry,
        format: ['cjs'],
        shims: true,
        noExternal: esmOnlyDependencies(),
        onSuccess: directiveStep(useClient, 'cjs'),
        ...overrides,
      },
      ...(browserSwaps
        ? [
            {
              ...common,
              // The browser build shares the server build's declarations (same exports, same types).
              dts: false,
              entry,
              format: ['esm' as const],
              outDir: 'dist/browser',
              esbuildPlugins: [swapModules(browserSwaps)],
              ...overrides,
            },
          ]
        : []),
      ...(bundledBins
        ? [
            {
              ...common,
              // A command is run, never imported: no declarations.
              dts: false,
              entry: bundledBins.entry,
              format: ['esm' as const],
              noExternal: bundledBins.inline,
              ...overrides,
            },
          ]
        : []),
    ];
  });
}

/**
 * The package's runtime dependencies that `require()` would load as ESM (Node's own rules: `.mjs`, or `.js` under a
 * `"type": "module"` package.json). Workspace packages are left out: they ship CommonJS themselves.
 */
function esmOnlyDependencies(): string[] {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const require = createRequire(resolve('package.json'));
  return Object.keys(manifest.dependencies ?? {}).filter((name) => {
    if (name.startsWith('@terrapin/')) return false;
    let file: string;
    try {
      file = require.resolve(name);
    } catch {
      return false; // no root entry for require (subpath-only package): nothing to inline at the root
    }
    if (file.endsWith('.mjs')) return true;
    if (file.endsWith('.cjs')) return false;
    for (let dir = dirname(file); ; dir = dirname(dir)) {
      const manifestFile = join(dir, 'package.json');
      if (existsSync(manifestFile)) return JSON.parse(readFileSync(manifestFile, 'utf8')).type === 'module';
      if (dirname(dir) === dir) return false;
    }
  });
}

/**
 * An esbuild plugin that loads each listed source file's replacement in its place. A listed file the build never
 * loads (a typo, a module renamed) fails the build: a swap that silently did not happen would ship server code.
 */
function swapModules(swaps: Record<string, string>): NonNullable<Options['esbuildPlugins']>[number] {
  const byPath = new Map(Object.entries(swaps).map(([from, to]) => [resolve(from), resolve(to)]));
  return {
    name: 'swap-modules',
    setup(build) {
      const swapped = new Set<string>();
      build.onEnd((result) => {
        const missed = [...byPath.keys()].filter((path) => !swapped.has(path));
        if (missed.length && result.errors.length === 0) {
          throw new Error(`browserSwaps: never loaded, so never swapped: ${missed.join(', ')}`);
        }
      });
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const replacement = byPath.get(args.path);
        if (replacement === undefined) return undefined;
        swapped.add(args.path);
        return {
          contents: readFileSync(replacement, 'utf8'),
          loader: 'ts',
          resolveDir: dirname(replacement),
        };
      });
    },
  };
}

/** After a build (not as an esbuild banner: tsup's tree-shaking pass, rollup, drops module-level directives). */
function directiveStep(entries: string[], ext: 'js' | 'cjs') {
  if (!entries.length) return undefined;
  return async () => {
    for (const name of entries) prependDirective(`dist/${name}.${ext}`);
  };
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
