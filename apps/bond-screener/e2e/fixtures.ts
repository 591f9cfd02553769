import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test as base, type Page, type TestInfo } from '@playwright/test';
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

export { expect } from '@playwright/test';

/** Saves a full-page screenshot under test-results/screenshots/ and attaches it to the report. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = `${screenshotDir}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
