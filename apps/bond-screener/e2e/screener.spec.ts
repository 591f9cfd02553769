import { expect, screenshot, searchSettled, test } from './fixtures';

const couponOf = (text: string) => Number.parseFloat(text.replace('%', ''));

test.describe('screener', () => {
  test('screens Italian bonds with a coupon range and pages the results', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /^Showing 1–25 of/ })).toBeVisible();

    await page.getByLabel('Countries').fill('Italy');
    await page.getByLabel('Min coupon').fill('3');
    await page.getByLabel('Max coupon').fill('5');
    await searchSettled(page, 'bond_search', () => page.getByRole('button', { name: 'Search' }).click());

    const rows = page.locator('.results-table tbody tr');
    await expect(rows.locator('td:nth-child(3)')).toHaveText(Array(25).fill('Italy'));
    const count = page.getByRole('heading', { name: /^Showing 1–\d+ of [\d,]+$/ });
    await expect(count).toBeVisible();
    const total = Number((await count.textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(/,/g, ''));
    expect(total).toBeGreaterThan(25);
    for (const coupon of await rows.locator('td:nth-child(5)').allTextContents()) {
      expect(couponOf(coupon)).toBeGreaterThanOrEqual(3);
      expect(couponOf(coupon)).toBeLessThanOrEqual(5);
    }
    const firstPage = await rows.locator('th').allTextContents();
    await screenshot(page, testInfo, 'screener');

    await searchSettled(page, 'bond_search', () => page.getByRole('button', { name: /Next/ }).click());
    await expect(page.getByRole('heading', { name: /^Showing 26–\d+ of/ })).toBeVisible();
    await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
    const secondPage = await rows.locator('th').allTextContents();
    expect(secondPage.filter((isin) => firstPage.includes(isin))).toEqual([]);

    // Sort by coupon, descending: the whole result set, from page 1.
    const couponHeader = page.getByRole('columnheader', { name: /Coupon/ });
    await searchSettled(page, 'bond_search', () => couponHeader.getByRole('button').click());
    await couponHeader.getByRole('button').click();
    await expect(couponHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByText(`Sorted across all ${total.toLocaleString('en-US')} results.`)).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Showing 1–25 of/ })).toBeVisible();
    const coupons = (await rows.locator('td:nth-child(5)').allTextContents()).map(couponOf);
    expect(coupons).toEqual([...coupons].sort((a, b) => b - a));
  });

  test('shows a validation error next to the coupon field, before sending anything', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /^Showing/ })).toBeVisible();
    let searches = 0;
    page.on('request', (request) => {
      if (request.url().endsWith('/bond_search')) searches += 1;
    });
    const couponMin = page.getByLabel('Min coupon');
    await couponMin.fill('abc');
    await page.getByRole('button', { name: 'Search' }).click();

    await expect(couponMin).toHaveAttribute('aria-invalid', 'true');
    await expect(couponMin).toBeFocused();
    const message = page.locator('#filter-bonds-couponMin-error');
    await expect(message).toHaveText(/"abc" is not a number: enter a coupon in percent, such as 3 or 4\.5/);
    await expect(page.getByText(/Not searched: fix the filter/)).toBeVisible();
    await expect(page.getByText(/Invalid number|\/coupon_min/)).toHaveCount(0);
    await screenshot(page, testInfo, 'validation-error');
    expect(searches).toBe(0);

    await couponMin.fill('3');
    await searchSettled(page, 'bond_search', () => page.getByRole('button', { name: 'Search' }).click());
    await expect(couponMin).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
  });

  test('is usable from the keyboard', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /^Showing/ })).toBeVisible();
    await page.getByRole('tab', { name: 'Gov & corp' }).focus();
    await searchSettled(page, 'agency_search', () => page.keyboard.press('ArrowRight'));
    await expect(page.getByRole('tab', { name: 'US agency' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'US agency' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();

    await page.getByLabel('Min coupon').focus();
    await page.keyboard.type('2');
    await searchSettled(page, 'agency_search', () => page.keyboard.press('Enter'));
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    const firstIsin = page.locator('.results-table tbody tr th a').first();
    await firstIsin.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/agency\/[A-Z0-9]{12}$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('sorts municipal bonds across all results through the API', async ({ page }) => {
    await page.goto('/');
    await searchSettled(page, 'muni_search', () => page.getByRole('tab', { name: 'Municipal' }).click());
    await expect(page.getByRole('heading', { name: /^Showing 1–25 of/ })).toBeVisible();
    await searchSettled(page, 'muni_search', () => page.getByRole('button', { name: /Next/ }).click());
    await expect(page.getByRole('heading', { name: /^Showing 26–50 of/ })).toBeVisible();

    const maturityHeader = page.getByRole('columnheader', { name: /Maturity/ });
    await maturityHeader.getByRole('button').click();
    await searchSettled(page, 'muni_search', () => maturityHeader.getByRole('button').click());
    await expect(maturityHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(page.getByText('Sorted by the API across all results.')).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Showing 1–25 of/ })).toBeVisible();

    const maturities = await page.locator('.results-table tbody tr td:nth-child(6)').allTextContents();
    expect(maturities).toEqual([...maturities].sort().reverse());
    await searchSettled(page, 'muni_search', () => page.getByRole('button', { name: /Next/ }).click());
    await expect(page.getByRole('heading', { name: /^Showing 26–50 of/ })).toBeVisible();
    // Page 2 continues the order: the API sorted the whole result set, not just the page shown.
    const next = await page.locator('.results-table tbody tr td:nth-child(6)').allTextContents();
    expect(next).toEqual([...next].sort().reverse());
    expect((next[0] ?? '') <= (maturities.at(-1) ?? '')).toBe(true);
  });

  test('works in a narrow window', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    // No horizontal scrolling of the page itself: the table scrolls inside its box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await searchSettled(page, 'muni_search', () => page.getByRole('tab', { name: 'Municipal' }).click());
    // The filters are folded behind their summary: results come first.
    await expect(page.getByLabel('State')).toBeHidden();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(page.getByLabel('State')).toBeVisible();
    await page.getByRole('button', { name: /^Filters/ }).click();
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();

    await page.locator('.results-table tbody tr th a').first().click();
    await expect(page.getByTestId('cashflow-table').or(page.getByText(/No payments left/))).toBeVisible();
    await expect(
      page.locator('[data-testid="price-chart"] .recharts-line path.recharts-curve').first(),
    ).toBeVisible();
    const detailOverflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(detailOverflow).toBeLessThanOrEqual(0);
    await screenshot(page, testInfo, 'bond-detail-narrow');
  });
});
