import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Package versions injected at build time instead of kept in source by hand: `changeset version` edits only
 * package.json, so a hand-kept copy in `src/` would drift (and did). tsup replaces the global of the package being
 * built (tsup.shared.ts); vitest replaces the globals of every workspace package (vitest.shared.ts), because a test
 * in one package runs the `src/` of its siblings. Each package declares its global next to its use (`declare const`).
 */

/** `@terrapin/mock-server` → `__TERRAPIN_MOCK_SERVER_VERSION__`: one global per package, so siblings never clash. */
export function versionGlobal(packageName: string): string {
  return `__${packageName
    .replace(/^@/, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase()}_VERSION__`;
}

/** The define entry for the package whose package.json is in `dir`. */
export function versionDefine(dir = '.'): Record<string, string> {
  const { name, version } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return { [versionGlobal(name)]: JSON.stringify(version) };
}

/** The define entries of every package under `packages/` (for tests, which run sibling sources). */
export function workspaceVersionDefines(root: string): Record<string, string> {
  const packages = join(root, 'packages');
  return Object.assign(
    {},
    ...readdirSync(packages, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => {
        try {
          return versionDefine(join(packages, entry.name));
        } catch {
          return {}; // a folder without package.json (e.g. left behind by a removed package)
        }
      }),
  );
}
