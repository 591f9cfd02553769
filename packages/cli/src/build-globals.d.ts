/** package.json's version, replaced at build time (tsup) and in tests (vitest): see version-define.ts at the root. */
declare const __TERRAPIN_CLI_VERSION__: string;
