// The documentation site as a reader sees it: home, a guide and an API reference page render, the navigation links
// work, and no page logs a JavaScript error. Each run writes screenshots of the three pages to
// test-results/screenshots/ (git-ignored); the copies in screenshots/ are from one such run, refreshed by hand.
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

const shots = join(import.meta.dirname, '../test-results/screenshots');

function collectErrors(page: Page): { list: () => string[] } {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('requestfailed', (req) => errors.push(`requestfailed: ${req.url()}`));
  // The browser asks every host for /favicon.ico; TypeDoc ships none. Any other missing file is an error.
  page.on('response', (res) => {
    if (res.status() >= 400 && !res.url().endsWith('/favicon.ico'))
      errors.push(`${res.status()}: ${res.url()}`);
  });
  // A 404 also logs "Failed to load resource"; the response listener above already judged it.
  return { list: () => errors.filter((e) => !e.startsWith('console: Failed to load resource')) };
}

test('home page: the root README with the navigation to guides and packages', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/index.html');
  await expect(page.locator('.tsd-panel h1, .tsd-typography h1').first()).toContainText(
    'the TypeScript SDK for Terrapin Finance',
  );
  await expect(page.locator('nav').getByRole('link', { name: 'Quickstart' }).first()).toBeVisible();
  await expect(page.locator('nav').getByRole('link', { name: '@terrapin/core' }).first()).toBeVisible();
  await page.screenshot({ path: join(shots, 'home.png'), fullPage: false });
  expect(errors.list()).toEqual([]);
});

test('a guide is reached from the navigation and renders its table', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/index.html');
  await page.locator('nav').getByRole('link', { name: 'Errors and retries' }).first().click();
  await expect(page).toHaveURL(/documents\/.*Errors/i);
  await expect(page.locator('h1').first()).toContainText('Errors and retries');
  await expect(page.locator('table').first()).toContainText('TerrapinRateLimitError');
  await page.screenshot({ path: join(shots, 'guide-errors-and-retries.png'), fullPage: false });
  expect(errors.list()).toEqual([]);
});

test('an API reference page is reached from the navigation and shows the TSDoc', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/modules/_terrapin_core.index.html');
  await page.getByRole('link', { name: 'createTerrapinClient', exact: true }).first().click();
  await expect(page.locator('h1').first()).toContainText('createTerrapinClient');
  await expect(page.locator('.tsd-comment').first()).not.toBeEmpty();
  await page.screenshot({ path: join(shots, 'reference-createTerrapinClient.png'), fullPage: false });
  expect(errors.list()).toEqual([]);
});

test('every navigation link of the home page resolves', async ({ page, request }) => {
  await page.goto('/index.html');
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => [
      ...new Set(as.map((a) => (a as HTMLAnchorElement).href).filter((h) => h.startsWith(location.origin))),
    ]);
  expect(hrefs.length).toBeGreaterThan(10);
  for (const href of hrefs) {
    const res = await request.get(href.split('#')[0]!);
    expect(res.status(), href).toBe(200);
  }
});
