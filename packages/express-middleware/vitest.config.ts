import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

export default mergeConfig(sharedConfig, {
  test: {
    // Captures console output and checks, per test file, that the canary API key never leaked (issue 7).
    setupFiles: ['./test/setup.ts'],
  },
});
