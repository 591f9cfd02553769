/** package.json's version, replaced by tsup and vitest (version-define.ts); declared here, not in a .d.ts, so
 * sibling packages that typecheck this file through `@terrapin/source` see it too. */
declare const __TERRAPIN_CORE_VERSION__: string | undefined;

/**
 * The SDK version sent in `x-terrapin-client` and `User-Agent`: package.json's version, put in at build time by
 * tsup (and by vitest for tests on `src/`; see version-define.ts at the root), so `changeset version` needs no edit
 * here. A runner that defines nothing (a script loading `src/` directly) gets `0.0.0-dev` instead of a crash.
 */
export const SDK_VERSION: string =
  typeof __TERRAPIN_CORE_VERSION__ === 'string' ? __TERRAPIN_CORE_VERSION__ : '0.0.0-dev';

/** `@terrapin/core/<version>`: the value of the `x-terrapin-client` header. */
export const SDK_CLIENT_ID = `@terrapin/core/${SDK_VERSION}`;
