import { expect, screenshot, test } from './fixtures';

// Issue 18, "Bond and muni pages".
test.describe('bond and muni pages', () => {
  test('a bad check digit in the URL gets one page-level message and no request', async ({ page }) => {
    let requests = 0;
    page.on('request', (request) => {
      if (request.url().includes('/api/terrapin/') && !request.url().endsWith('/_status')) requests += 1;
    });
    await page.goto('/bonds/IT0005033525');
    await expect(page.getByTestId('page-message')).toHaveText(
      /IT0005033525 is not a valid ISIN: the check digit should be 4\./,
    );
    await expect(page.getByText('A filter value was rejected')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
    expect(requests).toBe(0);
  });

  test('a valid ISIN the API does not know gets "no such bond" after one request', async ({ page }) => {
    const calls: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.includes('/api/terrapin/') && !url.endsWith('/_status')) calls.push(url.split('/').pop() ?? '');
    });
    await page.goto('/bonds/IT0000000007');
    await expect(page.getByTestId('page-message')).toContainText(
      /No such bond: IT0000000007 is a valid ISIN/,
    );
    expect(calls).toEqual(['bond_reference']);
  });

  test('a callable agency bond shows yield to call and yield to worst', async ({ page }, testInfo) => {
    await page.goto('/agency/US3134HCZH51');
    const analytics = page.getByTestId('analytics');
    await expect(analytics).toBeVisible({ timeout: 45_000 });
    await expect(page.getByTestId('yield-to-call')).toContainText(
      /Yield to call \(\d{4}-\d{2}-\d{2} at 100\.00\)\s*-?\d+\.\d{3}%/,
    );
    await expect(page.getByTestId('yield-to-worst')).toContainText(
      /Yield to worst \((call|maturity) \d{4}-\d{2}-\d{2}\)\s*-?\d+\.\d{3}%/,
    );
    await screenshot(page, testInfo, 'callable-yield-to-worst');
  });

  test('the cash-flow table opens at the next payment; charts read unambiguously', async ({ page }) => {
    await page.goto('/agency/US3134HCZH51');
    const table = page.getByTestId('cashflow-table');
    await expect(table).toBeVisible({ timeout: 45_000 });
    const today = new Date().toISOString().slice(0, 10);
    const firstDate = (await table.locator('tbody tr td').first().textContent()) ?? '';
    expect(firstDate >= today).toBe(true);
    await expect(page.getByText(/^\d[\d,]* payments? still to come/)).toBeVisible();
    await expect(page.getByText(/^1 payments/)).toHaveCount(0);
    const past = page.locator('details.cashflow-past');
    if ((await past.count()) > 0) {
      await expect(page.getByTestId('cashflow-past')).toBeHidden();
      await past.locator('summary').click();
      await expect(page.getByTestId('cashflow-past')).toBeVisible();
    }
    const axis = page.getByTestId('cashflow-chart');
    await expect(axis.getByText('Per 100 nominal')).toBeVisible();
    const tickText = axis.locator('.recharts-cartesian-axis-tick-value');
    await expect(tickText.first()).toBeVisible();
    // Value-axis ticks are numbers; every other tick is a date, which must carry its full year.
    const dates = (await tickText.allTextContents()).filter((tick) => !/^[\d,.]+$/.test(tick));
    expect(dates.length).toBeGreaterThan(1);
    for (const tick of dates) expect(tick).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
  });

  test('a muni page is titled by its issue and its documents open in a new tab', async ({
    page,
    context,
  }) => {
    await page.goto('/?tab=munis');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    await page.locator('.results-table tbody tr th a').first().click();
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toContainText(/ due \d{4}-\d{2}-\d{2}$/);
    const view = page
      .getByRole('region', { name: 'Documents' })
      .getByRole('button', { name: /^View / })
      .first();
    await expect(view).toBeVisible();
    const [tab] = await Promise.all([context.waitForEvent('page'), view.click()]);
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    await tab.close();
  });
});
