import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.ts';

// Tests that render hooks opt into jsdom per file (`// @vitest-environment jsdom`); the rest run in Node.
export default mergeConfig(sharedConfig, {});
