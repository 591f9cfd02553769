// Where the built packages live, and how a scenario imports them. Benchmarks measure what users install: the
// `dist/` that `pnpm turbo run build` writes, never `src/`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Built entry points the scenarios use, by short name. */
export const ENTRIES = {
  core: 'packages/core/dist/index.js',
  'mock-server': 'packages/mock-server/dist/index.js',
  'express-middleware': 'packages/express-middleware/dist/index.js',
  'react-hooks': 'packages/react-hooks/dist/index.js',
  cli: 'packages/cli/dist/bin.js',
};

/** Absolute path of a built entry. */
export function entryPath(name) {
  const relative = ENTRIES[name];
  if (!relative) throw new Error(`bench: unknown package "${name}"`);
  return join(ROOT, relative);
}

/** Names (of {@link ENTRIES}) whose dist is missing. */
export function missingBuilds(names) {
  return names.filter((name) => !existsSync(entryPath(name)));
}

/** Packages whose `src/` changed after their dist was built: their figures would describe old code. */
export function staleBuilds(names) {
  return names.filter((name) => {
    const entry = entryPath(name);
    if (!existsSync(entry)) return false;
    const src = join(ROOT, ENTRIES[name].replace(/dist\/.*$/, 'src'));
    return existsSync(src) && newestMtime(src) > statSync(entry).mtimeMs;
  });
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Imports a built package (throws with the build command when it is missing). */
export async function importBuilt(name) {
  const [missing] = missingBuilds([name]);
  if (missing) throw new Error(`bench: ${ENTRIES[name]} is missing; run \`pnpm turbo run build\` first`);
  return import(pathToFileURL(entryPath(name)).href);
}

/**
 * Imports a third-party dependency the way one workspace package resolves it (the root has no runtime deps:
 * express comes from express-middleware's devDependencies, for instance).
 */
export async function importFrom(packageDir, specifier) {
  const require = createRequire(join(ROOT, packageDir, 'package.json'));
  return import(pathToFileURL(require.resolve(specifier)).href);
}
