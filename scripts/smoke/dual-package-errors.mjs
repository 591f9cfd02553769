// Run by scripts/consumer-smoke.mjs inside a consumer project that installed the packed @terrapin/core and
// @terrapin/mock-server tarballs (issue #16). The dual-package hazard: one process can load core twice, once through
// `require()` (the CJS build, e.g. from a CommonJS dependency or Jest) and once through `import` (the ESM build).
// Each copy has its own classes, so `instanceof` fails across them; the errors' `is()` guards must not. Errors thrown
// by one copy are checked with the other copy's guards, both ways; each check prints one line, exit 1 on a surprise.
import { createRequire } from 'node:module';
import { createMockServer, MOCK_API_KEY } from '@terrapin/mock-server';

const require = createRequire(import.meta.url);
const cjs = require('@terrapin/core');
const esm = await import('@terrapin/core');

let failed = false;
const check = (what, ok) => {
  console.log(`${ok ? 'ok' : '✘'} dual package: ${what}`);
  if (!ok) failed = true;
};
const caught = (promise) =>
  promise.then(
    () => new Error('expected a rejection'),
    (error) => error,
  );

check(
  `require() loads ${require.resolve('@terrapin/core').split('@terrapin/core/')[1]}, import loads the ESM build: two copies of TerrapinError`,
  require.resolve('@terrapin/core').endsWith('.cjs') && cjs.TerrapinError !== esm.TerrapinError,
);

const mock = await createMockServer();
try {
  // A server answer (401, wrong key) from the ESM copy, recognised by the CJS copy.
  const esmClient = esm.createTerrapinClient({
    apiKey: 'not-the-mock-key',
    baseUrl: mock.url,
    maxRetries: 0,
  });
  const fromEsm = await caught(esmClient.bonds.search({ countries: ['Italy'], limit: 1 }));
  check(
    'ESM 401 is an instance of the ESM classes (the throwing copy)',
    fromEsm instanceof esm.TerrapinAuthenticationError,
  );
  check(
    'ESM 401 is NOT instanceof the CJS TerrapinError (so instanceof cannot be what the guards use)',
    !(fromEsm instanceof cjs.TerrapinError),
  );
  check('CJS TerrapinError.is(ESM 401)', cjs.TerrapinError.is(fromEsm));
  check('CJS isTerrapinError(ESM 401)', cjs.isTerrapinError(fromEsm));
  check('CJS isTerrapinApiError(ESM 401)', cjs.isTerrapinApiError(fromEsm));
  check('CJS TerrapinApiError.is(ESM 401)', cjs.TerrapinApiError.is(fromEsm));
  check('CJS TerrapinAuthenticationError.is(ESM 401)', cjs.TerrapinAuthenticationError.is(fromEsm));
  check('CJS TerrapinNotFoundError.is(ESM 401) is false', !cjs.TerrapinNotFoundError.is(fromEsm));
  check('CJS TerrapinRateLimitError.is(ESM 401) is false', !cjs.TerrapinRateLimitError.is(fromEsm));

  // A local request-validation error (bad ISIN check digit, nothing sent) from the CJS copy, recognised by ESM.
  const cjsClient = cjs.createTerrapinClient({ apiKey: MOCK_API_KEY, baseUrl: mock.url, maxRetries: 0 });
  const fromCjs = await caught(cjsClient.bonds.reference({ isins: ['US0378331006'] }));
  check(
    'CJS validation error is NOT instanceof the ESM TerrapinError',
    !(fromCjs instanceof esm.TerrapinError),
  );
  check('ESM TerrapinError.is(CJS validation error)', esm.TerrapinError.is(fromCjs));
  check('ESM isTerrapinError(CJS validation error)', esm.isTerrapinError(fromCjs));
  check(
    'ESM TerrapinRequestValidationError.is(CJS validation error)',
    esm.TerrapinRequestValidationError.is(fromCjs),
  );
  check('ESM TerrapinApiError.is(CJS validation error) is false', !esm.TerrapinApiError.is(fromCjs));
  check('ESM isTerrapinApiError(CJS validation error) is false', !esm.isTerrapinApiError(fromCjs));

  // And the copy that works: the CJS client reaches the mock and returns rows.
  const page = await cjsClient.bonds.search({ countries: ['Italy'], limit: 2 });
  check(`CJS client searches the mock (${page.data.length} rows)`, page.data.length === 2);

  // A plain Error or a look-alike object is not taken for a Terrapin error by either copy.
  const lookalike = Object.assign(new Error('x'), { name: 'TerrapinError', status: 401 });
  check(
    'neither copy takes a look-alike Error for a TerrapinError',
    !cjs.isTerrapinError(lookalike) && !esm.isTerrapinError(lookalike),
  );
} finally {
  await mock.close();
}
if (failed) process.exit(1);
