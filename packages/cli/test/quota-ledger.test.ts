import { afterAll, beforeAll, expect, test } from 'vitest';
import { startCaptureServer } from './helpers/capture-server';
import { runInProcess, tempConfigHome } from './helpers/in-process';

const CANARY = 'tpk_canary_9f8e7d6c5b4a';
let server: Awaited<ReturnType<typeof startCaptureServer>>;
beforeAll(async () => {
  server = await startCaptureServer((req) => {
    const { isins = [] } = req.body as { isins?: string[] };
    return { body: { data: isins.map((isin) => ({ isin, coupon: 1 })), total: isins.length } };
  });
});
afterAll(() => server.close());

test('data calls are counted in the file ledger across runs; the budget refuses before sending (exit 5)', async () => {
  const env = { XDG_CONFIG_HOME: tempConfigHome(), TERRAPIN_API_KEY: CANARY };
  const run = (args: string[]) => runInProcess(['--base-url', server.url, ...args], { env });

  expect((await run(['bonds', 'reference', 'XS1610682764', 'XS2724510792'])).code).toBe(0);
  expect((await run(['bonds', 'cashflows', 'XS1610682764'])).code).toBe(0);
  const quota = JSON.parse((await run(['quota', '--format', 'json', '--list'])).stdout);
  expect(quota).toMatchObject({ used: 2, isins: ['XS1610682764', 'XS2724510792'] });

  expect((await run(['config', 'set', 'monthly-isin-budget', '3'])).code).toBe(0);
  const sentBefore = server.requests.length;
  const refused = await run(['munis', 'reference', 'US00037CUQ13', 'US005824LP01']);
  expect(refused.code).toBe(5);
  expect(refused.stderr).toContain('Refused locally by your monthly ISIN budget');
  expect(server.requests.length).toBe(sentBefore);
  // Already-counted ISINs are free: still allowed at the budget.
  expect((await run(['bonds', 'reference', 'XS1610682764'])).code).toBe(0);
});
