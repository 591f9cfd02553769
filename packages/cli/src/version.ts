/** package.json's version, replaced by tsup and vitest (version-define.ts); declared here, not in a .d.ts, so
 * sibling packages that typecheck this file through `@terrapin/source` see it too. */
declare const __TERRAPIN_CLI_VERSION__: string | undefined;

/**
 * The package version: package.json's, put in at build time by tsup (and by vitest for tests on `src/`; see
 * version-define.ts at the root), so `terrapin --version` reads no file and `changeset version` needs no edit here.
 */
export function readVersion(): string {
  return typeof __TERRAPIN_CLI_VERSION__ === 'string' ? __TERRAPIN_CLI_VERSION__ : '0.0.0-dev';
}
