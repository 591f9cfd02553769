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
  const { esmOnly = {}, bundledBins, useClient = [], ...overrides } = options;
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
