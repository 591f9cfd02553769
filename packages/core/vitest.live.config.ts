import { defineConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

/**
 * `pnpm --filter @terrapin/core test:live`: the few tests that call the real Terrapin API with your
 * `TERRAPIN_API_KEY`. Not part of `pnpm test` or CI (files end in `.live.ts`, which the default config does not
 * collect), and no JSON report, so CI's summary never sees them.
 */
// The shared resolve conditions, but not its `test` block: mergeConfig would append the JSON reporter, and this run
// must not overwrite the report CI sums up.
export default defineConfig({
  ...sharedConfig,
  test: {
    include: ['test-live/**/*.live.ts'],
    reporters: ['default'],
    testTimeout: 60_000,
  },
});
