import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Shared vitest settings for every workspace package.
 * - The `@terrapin/source` export condition makes tests run on `src/` of sibling packages (no stale `dist/`).
 * - Each run writes a JSON report to `.reports/vitest.json`; `.ci/run` sums them into `N passed, N failed`.
 */
export const sharedConfig = defineConfig({
  resolve: { conditions: ['@terrapin/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@terrapin/source', ...defaultServerConditions] } },
  test: {
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
