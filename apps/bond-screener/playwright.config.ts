import { defineConfig } from '@playwright/test';

// Debian's chromium, never a downloaded browser (TOOLCHAIN.md §9). Each worker starts its own app server on a free
// port with the embedded mock server (e2e/fixtures.ts), so the suite needs no port and no API key.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/playwright',
  // Generous: the suite shares a small CI machine with other jobs, and a detail page loads its cards one
  // round trip after its reference (issue 18: no requests for a bond that does not exist).
  timeout: 150_000,
  expect: { timeout: 30_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
