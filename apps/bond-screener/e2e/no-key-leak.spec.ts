import { expect, test } from '@playwright/test';
import { createMockServer } from '@terrapin/mock-server';
import { type RunningServer, startServer } from '../server/app.mjs';

const CANARY = 'tpk_canary_9f8e7d6c5b4a';

let mock: Awaited<ReturnType<typeof createMockServer>>;
let app: RunningServer;

test.beforeAll(async () => {
  mock = await createMockServer({ port: 0, apiKeys: [CANARY] });
  app = await startServer({ port: 0, apiKey: CANARY, baseUrl: mock.url });
});

test.afterAll(async () => {
  await app?.close();
  await mock?.close();
});

/** Everything the browser can fetch from index.html: scripts, styles, preloads, their source maps. */
async function assetUrls(base: string): Promise<string[]> {
  const html = await (await fetch(base)).text();
  const urls = new Set<string>([`${base}/`]);
  for (const match of html.matchAll(/(?:src|href)="([^"]+)"/g)) urls.add(new URL(match[1] ?? '', base).href);
  for (const url of [...urls]) {
    if (!/\.(js|css)$/.test(url)) continue;
    const text = await (await fetch(url)).text();
    for (const match of text.matchAll(/(?:import\(|from)\s*"(\.?\.?\/[^"]+\.js)"/g)) {
      urls.add(new URL(match[1] ?? '', url).href);
    }
    urls.add(`${url}.map`);
  }
  return [...urls];
}

test('the served front end and the API responses never contain the server’s key', async ({ page }) => {
  const seen: string[] = [];
  const check = (where: string, text: string) => {
    seen.push(where);
    expect(text.includes(CANARY), `${where} contains the API key`).toBe(false);
  };

  for (const url of await assetUrls(app.url)) {
    const response = await fetch(url);
    check(url, `${JSON.stringify([...response.headers])}\n${await response.text()}`);
  }
  expect(seen.some((url) => url.endsWith('.js'))).toBe(true);
  expect(seen.some((url) => url.endsWith('.css'))).toBe(true);

  // API answers, good and bad, straight from the proxy.
  const post = (operation: string, body: unknown) =>
    fetch(`${app.url}/api/terrapin/${operation}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const search = await post('bond_search', { countries: ['Italy'], limit: 5 });
  expect(search.status).toBe(200); // the canary key really was accepted upstream
  const { data } = (await search.clone().json()) as { data: { isin: string }[] };
  const isin = data[0]?.isin ?? '';
  const answers = [
    search,
    await post('bond_reference', { isins: [isin] }),
    await post('bond_cashflows', { isins: [isin] }),
    await post('bond_search', { coupon_min: 'abc' }),
    await post('inflation_factors', { country: 'IT' }),
    await post('download_document', { file_id: 'no-such-file' }),
    await fetch(`${app.url}/api/terrapin/_status`),
    await fetch(`${app.url}/api/app-info`),
    await fetch(`${app.url}/api/nothing-here`),
  ];
  for (const response of answers) {
    check(
      `${response.url} ${response.status}`,
      `${JSON.stringify([...response.headers])}\n${await response.text()}`,
    );
  }

  // And everything the browser received while using the app.
  const received: Promise<[string, string] | null>[] = [];
  page.on('response', (response) => {
    received.push(
      response.body().then(
        (body) => [
          `browser ${response.url()}`,
          `${JSON.stringify(response.headers())}\n${body.toString('latin1')}`,
        ],
        () => null, // redirects and aborted requests have no body
      ),
    );
  });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
  await page.locator('.results-table tbody tr th a').first().click();
  await expect(page.getByTestId('cashflow-table')).toBeVisible();
  for (const entry of await Promise.all(received)) if (entry) check(...entry);
  expect(await page.content()).not.toContain(CANARY);
  expect(seen.length).toBeGreaterThan(20);
});
