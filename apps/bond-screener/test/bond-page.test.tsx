import { TerrapinNotFoundError, TerrapinRateLimitError } from '@terrapin/core';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BondPage } from '../src/pages/BondPage';
import { renderWithTerrapin } from './render';

beforeAll(() => {
  // recharts' ResponsiveContainer measures its parent; jsdom has no layout, so give it a fixed size.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const isin = 'IT0005580540';
const reference = {
  isin,
  name: 'BTP 3.85% 01/02/2034',
  issuer_name: 'Republic of Italy',
  country: 'Italy',
  coupon: 3.85,
  coupon_frequency: 2,
  currency: 'EUR',
  maturity_date: '2034-02-01',
  interest_accrual_convention: 'act/act (ICMA)',
  composite_issue_rating: 'BBB',
  figi: 'BBG01KQ3GX51',
};

function bondAnswers(name: string) {
  switch (name) {
    case 'bond_reference':
      return { data: [reference], total: 1 };
    case 'bond_pricing_latest':
      return {
        data: [
          {
            isin,
            price: 101.234,
            yield_to_maturity: 3.65,
            modified_duration: 7.1,
            convexity: 61,
            date: '2026-11-27',
          },
        ],
        total: 1,
      };
    case 'bond_pricing_history':
      return {
        data: [
          { date: '2026-11-26', price: 101, yield_to_maturity: 3.7 },
          { date: '2026-11-27', price: 101.234, yield_to_maturity: 3.65 },
        ],
        total: 2,
      };
    case 'bond_cashflows':
      return {
        data: [
          {
            isin,
            cashflows: [
              { date: '2033-08-01', type: 'interest', amount: 1.925 },
              { date: '2034-02-01', type: 'interest', amount: 1.925 },
              { date: '2034-02-01', type: 'principal', amount: 100 },
            ],
          },
        ],
        total: 1,
      };
    default:
      throw new Error(`unexpected ${name}`);
  }
}

describe('BondPage', () => {
  it('shows the reference data grouped, the latest price and the cash-flow schedule', async () => {
    const { calls } = renderWithTerrapin(<BondPage universe="bonds" isin={isin} />, bondAnswers);
    expect(await screen.findByRole('heading', { level: 1, name: 'BTP 3.85% 01/02/2034' })).toBeTruthy();
    const referenceCard = screen.getByRole('region', { name: 'Reference data' });
    for (const group of ['Issuer', 'Terms', 'Ratings', 'Identifiers']) {
      expect(within(referenceCard).getByRole('heading', { name: group })).toBeTruthy();
    }
    expect(within(referenceCard).getByText('Semi-annual')).toBeTruthy();
    expect((await screen.findByTestId('latest-price')).textContent).toBe('101.234');
    const table = await screen.findByTestId('cashflow-table');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).getByText('100.0000')).toBeTruthy();
    expect(calls.map((call) => call.name).sort()).toEqual([
      'bond_cashflows',
      'bond_pricing_history',
      'bond_pricing_latest',
      'bond_reference',
    ]);
    expect(calls.find((call) => call.name === 'bond_pricing_history')?.body).toMatchObject({ isin });
  });

  it('explains a typed error with its request id and offers to retry', async () => {
    renderWithTerrapin(<BondPage universe="bonds" isin={isin} />, (name) => {
      if (name === 'bond_reference') {
        throw new TerrapinNotFoundError({
          status: 404,
          errors: [{ detail: 'Unknown ISIN' }],
          requestId: 'req_404',
          headers: {},
        });
      }
      return bondAnswers(name);
    });
    const alerts = await screen.findAllByText('Not found');
    expect(alerts.length).toBeGreaterThan(0);
    expect(screen.getAllByText('req_404').length).toBeGreaterThan(0);
    expect(screen.getAllByRole('button', { name: 'Try again' }).length).toBeGreaterThan(0);
  });

  it('says once that the rate limit is used up, with the time it resets, instead of an error per card', async () => {
    const observedAt = Date.now();
    // The proxy's status document: the last rate-limit state it saw (durations in ms, as core reports them).
    vi.stubGlobal('fetch', async () =>
      Response.json({ rateLimit: { limit: 100, remaining: 0, resetMs: 42_000, observedAt } }),
    );
    const { calls } = renderWithTerrapin(<BondPage universe="bonds" isin={isin} />, (name) => {
      if (name === 'bond_reference') {
        throw new TerrapinRateLimitError({
          status: 429,
          errors: [{ detail: 'Rate limit exceeded' }],
          requestId: 'req_429',
          headers: {},
          retryAfterMs: 42_000,
          rateLimit: { limit: 100, remaining: 0, resetMs: 42_000, policy: null },
        });
      }
      return bondAnswers(name);
    });
    const notice = await screen.findByTestId('rate-limit-notice');
    const clock = new Date(observedAt + 42_000).toLocaleTimeString('en-GB', {
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    await within(notice).findByText(new RegExp(`resets at ${clock} \\(in (4[0-2]) s\\)`));
    expect(screen.getAllByTestId('rate-limit-notice')).toHaveLength(1);
    // No error panel for the reference: the notice says why the page waits.
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    // The cards that need the record do not ask while it is missing.
    expect(calls.map((call) => call.name)).toEqual(['bond_reference']);
  });

  it('lists muni documents with download buttons and the bonds in the same series', async () => {
    const muni = 'US00037CUQ13';
    renderWithTerrapin(<BondPage universe="munis" isin={muni} />, (name, body) => {
      const b = body as { document_type?: string };
      switch (name) {
        case 'muni_reference':
          return {
            data: [{ isin: muni, issuer_name: 'ABAG FINANCE AUTHORITY', coupon: 5, state: 'CA' }],
            total: 1,
          };
        case 'muni_documents':
          return b.document_type === 'official_statement'
            ? {
                data: [
                  {
                    isin: muni,
                    document_name: 'Official Statement posted 08/15/2023 (1.6 MB)',
                    file_id: 'ROaomzq.pdf',
                    text_file_id: 'ROaomzq.txt',
                    publish_date: '2023-08-15',
                  },
                ],
                total: 1,
              }
            : { data: [], total: 0 };
        case 'muni_bonds_in_series':
          return {
            data: [
              { isin: muni, maturity_date: '2035-11-15', coupon: 5 },
              { isin: 'US00037CUR95', maturity_date: '2036-11-15', coupon: 5 },
            ],
            total: 2,
          };
        default:
          return { data: [], total: 0 };
      }
    });
    expect(
      await screen.findByRole('button', { name: 'Download Official Statement posted 08/15/2023 (1.6 MB)' }),
    ).toBeTruthy();
    expect(screen.getByText('None filed.')).toBeTruthy();
    const series = screen.getByRole('region', { name: 'Bonds in the same series' });
    expect(await within(series).findByRole('link', { name: 'US00037CUR95' })).toBeTruthy();
    expect(within(series).getByText(`${muni} (this bond)`)).toBeTruthy();
    expect(await screen.findByText('No trades reported in this window.')).toBeTruthy();
  });

  it('says once that an ISIN with a bad check digit is not valid, and asks the API nothing', async () => {
    const { calls } = renderWithTerrapin(<BondPage universe="bonds" isin="IT0005033525" />, bondAnswers);
    expect(await screen.findByTestId('page-message')).toHaveProperty(
      'textContent',
      expect.stringContaining('IT0005033525 is not a valid ISIN: the check digit should be 4.'),
    );
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(calls).toEqual([]);
  });

  it('says "no such bond" for a valid ISIN the API does not know, after the reference request alone', async () => {
    const { calls } = renderWithTerrapin(<BondPage universe="bonds" isin="IT0000000007" />, () => ({
      data: [],
      total: 0,
    }));
    expect((await screen.findByTestId('page-message')).textContent).toMatch(/^No such bond: IT0000000007/);
    expect(calls.map((call) => call.name)).toEqual(['bond_reference']);
  });
});
