/**
 * The package version: package.json's, put in at build time by tsup (and by vitest for tests on `src/`; see
 * version-define.ts at the root), so `terrapin --version` reads no file and `changeset version` needs no edit here.
 */
export function readVersion(): string {
  return typeof __TERRAPIN_CLI_VERSION__ === 'string' ? __TERRAPIN_CLI_VERSION__ : '0.0.0-dev';
}
