import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { defaultDistDir, type RunningServer, startServer } from '../server/app.mjs';

export const screenshotDir = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

function requireBuild() {
  if (!existsSync(`${defaultDistDir}index.html`)) {
    throw new Error(
      'The front end is not built: run `pnpm --filter bond-screener build` (or `npx vite build`) first.',
    );
  }
}

/** `app`: this worker's server (embedded mock, free port); `baseURL` points at it. */
export const test = base.extend<object, { app: RunningServer }>({
  app: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a destructured object
    async ({}, use) => {
      requireBuild();
      const app = await startServer({ port: 0 });
      await use(app);
      await app.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
});

export { expect };

/** Saves a full-page screenshot under test-results/screenshots/ and attaches it to the report. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = `${screenshotDir}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/**
 * Runs `action` (a click, a key press) and waits for the search it starts: the answer of `operation` through the
 * proxy, then the results table no longer busy. The previous page stays on screen while a search runs (placeholder
 * data), so "a results heading is visible" alone can be the old page.
 */
export async function searchSettled(
  page: Page,
  operation: string,
  action: () => Promise<void>,
): Promise<void> {
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/${operation}`) && response.ok()),
    action(),
  ]);
  await expect(page.locator('.results-table')).toBeVisible();
  await expect(page.locator('.results-table')).not.toHaveAttribute('aria-busy', 'true');
}
