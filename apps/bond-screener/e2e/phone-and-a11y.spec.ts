import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, screenshot, searchSettled, test } from './fixtures';

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes`);
}

// Issue 18, "Phone" and "Accessibility".
test.describe('phone layout', () => {
  test('at 390 px the results come first and show as cards', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    // The first result is on the first screen.
    const first = page.locator('.results-table tbody tr').first();
    const box = await first.boundingBox();
    expect(box && box.y + 40).toBeLessThan(844);
    await expect(page.getByLabel('Countries')).toBeHidden();
    // Cards: label: value lines, no sideways scrolling.
    await expect(first.locator('td').first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, testInfo, 'screener-narrow');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByLabel('Countries').fill('Italy');
    await searchSettled(page, 'bond_search', () => page.getByRole('button', { name: 'Search' }).click());
    await expect(page.getByRole('button', { name: /^Filters \(1\)/ })).toContainText('Countries: Italy');
  });
});

test.describe('accessibility (axe)', () => {
  test('screener: 0 violations', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('bond page: 0 violations', async ({ page }) => {
    await page.goto('/agency/US3134HCZH51');
    await expect(page.getByTestId('cashflow-table')).toBeVisible({ timeout: 45_000 });
    await expect(page.getByTestId('analytics')).toBeVisible({ timeout: 45_000 });
    await expect(page.getByTestId('price-chart')).toBeVisible({ timeout: 45_000 });
    expect(await violations(page)).toEqual([]);
  });

  test('muni page: 0 violations', async ({ page }) => {
    await page.goto('/?tab=munis');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    await page.locator('.results-table tbody tr th a').first().click();
    await expect(page.getByRole('region', { name: 'Documents' }).getByRole('button').first()).toBeVisible({
      timeout: 45_000,
    });
    await expect(page.getByTestId('cashflow-table').or(page.getByText(/No payments left/))).toBeVisible({
      timeout: 45_000,
    });
    expect(await violations(page)).toEqual([]);
  });

  test('narrow layout: 0 violations', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});
