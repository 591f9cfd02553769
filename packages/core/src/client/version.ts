/**
 * The SDK version sent in `x-terrapin-client` and `User-Agent`. Kept in sync with package.json by hand; a test
 * (test/client/version.test.ts) fails when they differ.
 */
export const SDK_VERSION = '0.0.0';

/** `@terrapin/core/<version>`: the value of the `x-terrapin-client` header. */
export const SDK_CLIENT_ID = `@terrapin/core/${SDK_VERSION}`;
