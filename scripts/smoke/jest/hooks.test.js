/**
 * Jest 30, CommonJS, plain JavaScript: a React 19 component using the hooks renders rows from terrapin-mock.
 * jest-fixed-jsdom is jsdom with Node's fetch, Request, Response and AbortSignal (plain jsdom has no fetch).
 * @jest-environment jest-fixed-jsdom
 */
const { createTerrapinClient } = require('@terrapin/core');
const { createMockServer, MOCK_API_KEY } = require('@terrapin/mock-server');
const { TerrapinProvider, useBondSearch } = require('@terrapin/react-hooks');
const { QueryClient, QueryClientProvider } = require('@tanstack/react-query');
const { render, screen } = require('@testing-library/react');
const { createElement: h } = require('react');

let mock;
beforeAll(async () => {
  // jsdom's `crypto` lacks `subtle` (browsers have it; core hashes the key with it): Node's Web Crypto stands in.
  Object.defineProperty(globalThis, 'crypto', {
    value: require('node:crypto').webcrypto,
    configurable: true,
  });
  mock = await createMockServer();
});
afterAll(() => mock.close());

function ItalianBonds() {
  const search = useBondSearch({ countries: ['Italy'], limit: 3 });
  if (search.isPending) return h('p', null, 'Searching…');
  if (search.isError) return h('p', { role: 'alert' }, search.error.message);
  return h(
    'ul',
    null,
    search.data.data.map((bond) => h('li', { key: bond.isin }, bond.isin)),
  );
}

test('require() resolves the CommonJS build of the hooks', () => {
  expect(require.resolve('@terrapin/react-hooks')).toMatch(/dist[\\/]index\.cjs$/);
});

test('useBondSearch renders the rows the mock returns', async () => {
  // A jsdom window counts as a browser: this test holds the mock's key on purpose (a real app uses a proxy).
  const client = createTerrapinClient({
    apiKey: MOCK_API_KEY,
    baseUrl: mock.url,
    dangerouslyAllowBrowser: true,
  });
  const expected = (await client.bonds.search({ countries: ['Italy'], limit: 3 })).data.map((b) => b.isin);
  const queryClient = new QueryClient();
  render(h(QueryClientProvider, { client: queryClient }, h(TerrapinProvider, { client }, h(ItalianBonds))));
  expect(screen.getByText('Searching…')).toBeTruthy();
  const items = await screen.findAllByRole('listitem');
  expect(items.map((li) => li.textContent)).toEqual(expected);
  queryClient.clear();
});
