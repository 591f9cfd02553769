// Jest 30 in its default CommonJS mode (no --experimental-vm-modules): node_modules are not transformed, so
// `require('@terrapin/core')` must find a real CommonJS build. The TypeScript test goes through ts-jest, which
// type-checks it (not isolatedModules) against the packages' `.d.cts` declarations as a classic ts-jest setup
// finds them (tsconfig: module commonjs, moduleResolution node10: `types` and `typesVersions`).
module.exports = {
  testMatch: ['<rootDir>/*.test.{js,ts}'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 20_000,
};
