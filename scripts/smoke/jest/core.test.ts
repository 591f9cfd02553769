// Jest 30, CommonJS, TypeScript through ts-jest: the core client against terrapin-mock, typed from the `.d.cts` declarations.
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import {
  type BondSearchItem,
  type BondSearchParams,
  createTerrapinClient,
  isTerrapinError,
  TerrapinAuthenticationError,
} from '@terrapin/core';
import { isValidIsin } from '@terrapin/core/identifiers';
import { createMockServer, MOCK_API_KEY } from '@terrapin/mock-server';

let mock: Awaited<ReturnType<typeof createMockServer>>;
beforeAll(async () => {
  mock = await createMockServer();
});
afterAll(() => mock.close());

test('require() resolves the CommonJS build of core', () => {
  expect(require.resolve('@terrapin/core')).toMatch(/dist[\\/]index\.cjs$/);
});

test('a client searches the mock and gets typed rows', async () => {
  const client = createTerrapinClient({ apiKey: MOCK_API_KEY, baseUrl: mock.url });
  const request: BondSearchParams = { countries: ['Italy'], limit: 3 };
  const page = await client.bonds.search(request);
  const rows: readonly BondSearchItem[] = page.data;
  const isins: string[] = rows.map((bond) => bond.isin);
  expect(isins).toHaveLength(3);
  // A subpath entry (node10 finds its types through typesVersions) checks every ISIN's check digit.
  for (const isin of isins) expect(isValidIsin(isin)).toBe(true);
});

test('a wrong key rejects with a typed error, recognised by the guards', async () => {
  const client = createTerrapinClient({ apiKey: 'not-the-mock-key', baseUrl: mock.url, maxRetries: 0 });
  const error: unknown = await client.bonds
    .search({ countries: ['Italy'], limit: 1 })
    .catch((e: unknown) => e);
  expect(isTerrapinError(error)).toBe(true);
  expect(TerrapinAuthenticationError.is(error)).toBe(true);
  if (TerrapinAuthenticationError.is(error)) expect(error.status).toBe(401);
});
