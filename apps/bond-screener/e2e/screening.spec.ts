import { expect, screenshot, searchSettled, test } from './fixtures';

// Issue 18, "Screening": whole-set sorting, issuer types, ISIN/CUSIP lookup, shareable screens, matured bonds.
test.describe('screening', () => {
  test('sorts gov/corp bonds by maturity across pages, not within each page', async ({ page }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Countries').fill('Italy');
    await page.getByLabel('Min coupon').fill('3');
    await searchSettled(page, 'bond_search', () => page.getByRole('button', { name: 'Search' }).click());
    const maturity = page.getByRole('columnheader', { name: /Maturity/ });
    await searchSettled(page, 'bond_search', () => maturity.getByRole('button').click());
    await expect(maturity).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByText(/^Sorted across all [\d,]+ results\.$/)).toBeVisible();
    const cells = page.locator('.results-table tbody tr td:nth-child(6)');
    const first = (await cells.allTextContents()).map((t) => t.slice(0, 10));
    expect(first).toEqual([...first].sort());
    await screenshot(page, testInfo, 'screener-sorted');
    // Page 2 continues the order, without another request.
    await page.getByRole('button', { name: /Next/ }).click();
    await expect(page.getByRole('heading', { name: /^Showing 26–/ })).toBeVisible();
    const second = (await cells.allTextContents()).map((t) => t.slice(0, 10));
    expect(second).toEqual([...second].sort());
    expect((second[0] ?? '') >= (first.at(-1) ?? '')).toBe(true);
  });

  test('filters by issuer type: Italy, coupon ≥ 3%, governments only', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Countries').fill('Italy');
    await page.getByLabel('Min coupon').fill('3');
    await searchSettled(page, 'bond_search', () => page.getByRole('button', { name: 'Search' }).click());
    const all = Number(
      (await page.getByRole('heading', { name: /^Showing/ }).textContent())
        ?.match(/of ([\d,]+)/)?.[1]
        ?.replace(',', ''),
    );
    await page.getByRole('checkbox', { name: 'Government' }).check();
    await searchSettled(page, 'bond_search', () => page.getByRole('button', { name: 'Search' }).click());
    await expect(page).toHaveURL(/issuerTypes=government/);
    const issuers = await page.locator('.results-table tbody tr td:nth-child(2)').allTextContents();
    expect(issuers.filter((name) => /Mediobanca|Enel|Telecom/i.test(name))).toEqual([]);
    const heading = page.getByRole('heading', { name: /^Showing 1–/ });
    await expect(heading).toBeVisible();
    const governments = Number((await heading.textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(',', ''));
    expect(governments).toBeGreaterThan(0);
    expect(governments).toBeLessThan(all);
  });

  test('looks a bond up by ISIN or CUSIP, explaining a bad check digit before sending', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    let searches = 0;
    page.on('request', (request) => {
      if (/_search$/.test(request.url())) searches += 1;
    });
    const box = page.getByRole('textbox', { name: 'ISIN or CUSIP' });
    await box.fill('IT0005033525');
    await page.getByRole('button', { name: 'Find' }).click();
    await expect(page.locator('#lookup-identifier-error')).toHaveText(
      /IT0005033525 is not a valid ISIN: the check digit should be 4\./,
    );
    await box.fill('037833101');
    await page.getByRole('button', { name: 'Find' }).click();
    await expect(page.locator('#lookup-identifier-error')).toHaveText(/the check digit should be 0/);
    expect(searches).toBe(0);

    // The first row's ISIN, typed into the box, opens its page.
    const isin = (await page.locator('.results-table tbody tr th a').first().textContent()) ?? '';
    await box.fill(isin.toLowerCase());
    await page.getByRole('button', { name: 'Find' }).click();
    await expect(page).toHaveURL(new RegExp(`/bonds/${isin}$`));
    await expect(page.getByRole('region', { name: 'Reference data' })).toBeVisible();
  });

  test('keeps the screen in the address: reload, pasted link, back and forward', async ({ page }) => {
    await page.goto('/');
    await searchSettled(page, 'muni_search', () => page.getByRole('tab', { name: 'Municipal' }).click());
    await page.getByLabel('Min coupon').fill('4');
    await searchSettled(page, 'muni_search', () => page.getByRole('button', { name: 'Search' }).click());
    await expect(page).toHaveURL(/\?tab=munis&couponMin=4$/);
    await searchSettled(page, 'muni_search', () => page.getByRole('button', { name: /Next/ }).click());
    await expect(page).toHaveURL(/\?tab=munis&couponMin=4&page=2$/);
    const url = page.url();

    await page.reload();
    await expect(page.getByRole('tab', { name: 'Municipal' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByLabel('Min coupon')).toHaveValue('4');
    await expect(page.getByRole('heading', { name: /^Showing 26–50 of/ })).toBeVisible();

    await page.goBack();
    await expect(page).toHaveURL(/\?tab=munis&couponMin=4$/);
    await expect(page.getByRole('heading', { name: /^Showing 1–25 of/ })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { name: /^Showing 26–50 of/ })).toBeVisible();

    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.getByLabel('Min coupon')).toHaveValue('4');
    await expect(other.getByRole('heading', { name: /^Showing 26–50 of/ })).toBeVisible();
    await other.close();
  });

  test('marks matured bonds the same way in every universe', async ({ page }) => {
    await page.goto('/?tab=agency&maturityTo=2022-12-31');
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    const rows = page.locator('.results-table tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(0);
    await expect(rows.locator('.tag--matured')).toHaveCount(count);
    await expect(rows.first()).toContainText('Matured');
  });
});
