import { expect, screenshot, searchSettled, test } from './fixtures';

test.describe('bond detail', () => {
  test('opens an Italian bond: reference data, a drawn price chart and the cash flows', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    await page.getByLabel('Countries').fill('Italy');
    await page.getByLabel('Min coupon').fill('3');
    await page.getByLabel('Max coupon').fill('5');
    await searchSettled(page, 'bond_search', () => page.getByRole('button', { name: 'Search' }).click());

    const rows = page.locator('.results-table tbody tr');
    await expect(rows.first().locator('td:nth-child(3)')).toHaveText('Italy');
    const link = rows.locator('th a').first();
    const isin = (await link.textContent()) ?? '';
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/bonds/${isin}$`));
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(isin);

    const reference = page.getByRole('region', { name: 'Reference data' });
    for (const group of ['Issuer', 'Terms', 'Identifiers']) {
      await expect(reference.getByRole('heading', { name: group })).toBeVisible();
    }
    await expect(reference.getByText('Italy').first()).toBeVisible();

    await expect(page.getByTestId('latest-price')).toHaveText(/^\d+\.\d{3}$/);
    // The chart is drawn: recharts renders each series as an SVG path with a `d` attribute.
    const pricePath = page.locator('[data-testid="price-chart"] .recharts-line path.recharts-curve').first();
    await expect(pricePath).toHaveAttribute('d', /^M[\d.]+,[\d.]+/);
    // Dates on the x axis with the full year (`Mar 2026`, never `Mar 26`).
    const ticks = page.getByTestId('price-chart').locator('.recharts-cartesian-axis-tick-value');
    await expect
      .poll(
        async () =>
          (await ticks.allTextContents()).filter((tick) => /^[A-Z][a-z]{2} \d{4}$/.test(tick)).length,
      )
      .toBeGreaterThan(3);

    const flows = page.getByTestId('cashflow-table').locator('tbody tr');
    expect(await flows.count()).toBeGreaterThan(1);
    await expect(flows.last()).toContainText('Principal');
    await expect(
      page.locator('[data-testid="cashflow-chart"] .recharts-bar-rectangle').first(),
    ).toBeVisible();

    await expect(page.getByTestId('analytics')).toContainText('Accrued interest');

    // The proxy's ledger counted the ISINs this page pulled.
    await expect(page.getByTestId('quota')).toContainText(/ISINs this month\s*[1-9]/);
    await expect(page.getByTestId('rate-limit')).toContainText(/left/);

    // Hovering the chart shows a tooltip with a date and the price.
    const chart = page.getByTestId('price-chart');
    const box = await chart.boundingBox();
    if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(chart.locator('.recharts-tooltip-wrapper')).toContainText(/Price/);

    await screenshot(page, testInfo, 'bond-detail');

    await page.getByRole('link', { name: /Back to results/ }).click();
    await expect(page.getByLabel('Countries')).toHaveValue('Italy');
  });

  test('opens a muni and downloads a document through the proxy', async ({ page }, testInfo) => {
    await page.goto('/');
    await searchSettled(page, 'muni_search', () => page.getByRole('tab', { name: 'Municipal' }).click());
    await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
    await page.locator('.results-table tbody tr th a').first().click();
    await expect(page).toHaveURL(/\/munis\/[A-Z0-9]{12}$/);

    const documents = page.getByRole('region', { name: 'Documents' });
    const download = documents.getByRole('button', { name: /^Download (?!text of)/ }).first();
    await expect(download).toBeVisible();
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(file.suggestedFilename()).toMatch(
      /^[A-Z0-9]{12} (Official statement|Continuing disclosure) \d{4}-\d{2}-\d{2}\.pdf$/,
    );

    await expect(page.getByRole('region', { name: 'Bonds in the same series' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Trade prices and yields' })).toBeVisible();
    await screenshot(page, testInfo, 'muni-detail');
  });
});
