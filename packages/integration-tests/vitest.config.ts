import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

export default mergeConfig(sharedConfig, {
  test: {
    // The proxy suites: captures console output and checks, per test file, that the canary API key never leaked.
    setupFiles: ['./test/support/canary-setup.ts'],
  },
});
