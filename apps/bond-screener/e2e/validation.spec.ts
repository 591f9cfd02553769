import { expect, screenshot, test } from './fixtures';

// Issue 18, "Validation": each bad value gets a human message at its field and no request is sent.
const cases: { field: string; value: string; id: string; message: RegExp }[] = [
  {
    field: 'Max coupon',
    value: '2',
    id: 'couponMax',
    message: /maximum coupon \(2%\) is below the minimum \(5%\)/,
  },
  { field: 'To maturity', value: '2030-01-01', id: 'maturityTo', message: /before the "from" date/ },
  {
    field: 'From maturity',
    value: '2025-02-30',
    id: 'maturityFrom',
    message: /^⚠ 30 February 2025 is not a date: February 2025 has 28 days$/,
  },
  { field: 'To maturity', value: '0009-01-01', id: 'maturityTo', message: /Year 0009 is not plausible/ },
  { field: 'Min coupon', value: '-1', id: 'couponMin', message: /cannot be negative/ },
  { field: 'Max coupon', value: '1000', id: 'couponMax', message: /1000% is not a plausible coupon/ },
  { field: 'Countries', value: 'Narnia', id: 'countries', message: /"Narnia" is not a country name/ },
  { field: 'Currencies', value: 'EURO', id: 'currencies', message: /did you mean EUR \(Euro\)\?/ },
];

test('explains each bad filter value at its field, before any request', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /^Showing 1–/ })).toBeVisible();
  let searches = 0;
  page.on('request', (request) => {
    if (request.url().endsWith('/bond_search')) searches += 1;
  });
  for (const c of cases) {
    if (c.id === 'couponMax' && c.value === '2') await page.getByLabel('Min coupon').fill('5');
    if (c.id === 'maturityTo' && c.value === '2030-01-01')
      await page.getByLabel('From maturity').fill('2040-01-01');
    const input = page.getByLabel(c.field);
    await input.fill(c.value);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.locator(`#filter-bonds-${c.id}-error`)).toHaveText(c.message);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    if (c.id === 'currencies') await screenshot(page, testInfo, 'validation-suggestion');
    await input.fill('');
    if (c.value === '2') await page.getByLabel('Min coupon').fill('');
    if (c.value === '2030-01-01') await page.getByLabel('From maturity').fill('');
  }
  expect(searches).toBe(0);
});
