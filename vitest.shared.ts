import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { workspaceVersionDefines } from './version-define.ts';

/**
 * Shared vitest settings for every workspace package.
 * - The `@terrapin/source` export condition makes tests run on `src/` of sibling packages (no stale `dist/`).
 * - Every package's version global is defined from its package.json, as the tsup build does (version-define.ts).
 * - Each run writes a JSON report to `.reports/vitest.json`; `.ci/run` sums them into `N passed, N failed`.
 */
export const sharedConfig = defineConfig({
  define: workspaceVersionDefines(import.meta.dirname),
  resolve: { conditions: ['@terrapin/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@terrapin/source', ...defaultServerConditions] } },
  test: {
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
