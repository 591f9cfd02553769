import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

export default mergeConfig(sharedConfig, {
  test: {
    globalSetup: ['./src/global-setup.ts'],
    // Two files (runtimes, frameworks), side by side on the two cores; each runs its targets in turn.
    maxWorkers: 2,
    // Installs and builds happen in beforeAll hooks (capped per target in src/matrix.ts).
    hookTimeout: 900_000,
  },
});
