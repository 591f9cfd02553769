import { TerrapinRequestValidationError, TerrapinUnprocessableEntityError } from '@terrapin/core';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useReducer } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { initialScreenerState, screenerReducer } from '../src/lib/screener-state';
import { ScreenerPage } from '../src/pages/ScreenerPage';
import { renderWithTerrapin } from './render';

function Screener() {
  const [state, dispatch] = useReducer(screenerReducer, initialScreenerState);
  return <ScreenerPage state={state} dispatch={dispatch} />;
}

const bondRows = (offset: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    isin: `IT00000000${String(offset + i).padStart(2, '0')}`,
    issuer_name: `Issuer ${offset + i}`,
    country: 'Italy',
    currency: 'EUR',
    coupon: 3 + ((offset + i) % 5) / 4,
    maturity_date: `20${30 + ((offset + i) % 9)}-01-01`,
  }));

function envelope(body: { limit?: number; offset?: number }, total = 60) {
  const offset = body.offset ?? 0;
  const count = Math.max(0, Math.min(body.limit ?? 25, total - offset));
  return { data: bondRows(offset, count), total, requestId: 'req_1', rateLimit: null };
}

afterEach(cleanup);

describe('ScreenerPage', () => {
  it('searches on load and shows the total with the first page', async () => {
    const { calls } = renderWithTerrapin(<Screener />, (_name, body) =>
      envelope(body as { offset?: number }),
    );
    expect(await screen.findByText('Showing 1–25 of 60')).toBeTruthy();
    expect(calls[0]).toEqual({ name: 'bond_search', body: { limit: 25, offset: 0 } });
    expect(screen.getAllByRole('row')).toHaveLength(26);
  });

  it('sends the filters as the API’s body and pages with limit/offset', async () => {
    const { calls } = renderWithTerrapin(<Screener />, (_name, body) =>
      envelope(body as { offset?: number }),
    );
    await screen.findByText('Showing 1–25 of 60');
    fireEvent.change(screen.getByLabelText('Countries'), { target: { value: 'Italy' } });
    fireEvent.change(screen.getByLabelText('Min coupon'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('Max coupon'), { target: { value: '4.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() =>
      expect(calls.at(-1)?.body).toEqual({
        countries: ['Italy'],
        coupon_min: 3,
        coupon_max: 4.5,
        limit: 25,
        offset: 0,
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Showing 26–50 of 60')).toBeTruthy();
    expect(calls.at(-1)?.body).toMatchObject({ offset: 25, limit: 25 });
    fireEvent.click(screen.getByRole('button', { name: /Last/ }));
    expect(await screen.findByText('Showing 51–60 of 60')).toBeTruthy();
    expect(screen.getByText('Page 3 of 3')).toBeTruthy();
  });

  it('shows a request-validation error next to the field its pointer names and focuses it', async () => {
    renderWithTerrapin(<Screener />, (_name, body) => {
      if ((body as { countries?: unknown }).countries) {
        throw new TerrapinRequestValidationError('bond_search', [
          {
            title: 'Invalid value',
            detail: 'Invalid input: country not served on this plan',
            pointer: '/countries/0',
            source: { pointer: '/countries/0' },
          },
        ]);
      }
      return envelope(body as { offset?: number });
    });
    await screen.findByText('Showing 1–25 of 60');
    const input = screen.getByLabelText('Countries');
    fireEvent.change(input, { target: { value: 'Italy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(input.getAttribute('aria-describedby')?.split(' ')[0] ?? '');
    expect(message?.textContent).toContain('country not served on this plan');
    expect(document.activeElement).toBe(input);
    expect(screen.getByText('A filter value was rejected')).toBeTruthy();
    expect(screen.getByText(/Not searched: fix the filter/)).toBeTruthy();
    // Editing another field keeps the focus there (the error does not pull it back on every render).
    const coupon = screen.getByLabelText('Min coupon');
    coupon.focus();
    fireEvent.change(coupon, { target: { value: '3' } });
    fireEvent.change(coupon, { target: { value: '3.5' } });
    expect(document.activeElement).toBe(coupon);
  });

  it('explains a bad value at its field before sending anything', async () => {
    const { calls } = renderWithTerrapin(<Screener />, (_name, body) =>
      envelope(body as { offset?: number }),
    );
    await screen.findByText('Showing 1–25 of 60');
    const sent = calls.length;
    const min = screen.getByLabelText('Min coupon');
    fireEvent.change(min, { target: { value: 'abc' } });
    fireEvent.change(screen.getByLabelText('Currencies'), { target: { value: 'EURO' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(min.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById('filter-bonds-couponMin-error')?.textContent).toMatch(
      /"abc" is not a number/,
    );
    expect(document.getElementById('filter-bonds-currencies-error')?.textContent).toMatch(
      /did you mean EUR \(Euro\)\?/,
    );
    expect(document.activeElement).toBe(min);
    expect(calls.length).toBe(sent);
    expect(screen.queryByText(/Invalid number|\/coupon_min/)).toBeNull();
  });

  it('maps a server 422 the same way (list items go to the list field)', async () => {
    renderWithTerrapin(<Screener />, (_name, body) => {
      if ((body as { currencies?: string[] }).currencies) {
        throw new TerrapinUnprocessableEntityError({
          status: 422,
          errors: [{ title: 'Invalid value', detail: 'Unknown currency "CHF"', pointer: '/currencies/0' }],
          requestId: 'req_422',
          headers: {},
        });
      }
      return envelope(body as { offset?: number });
    });
    await screen.findByText('Showing 1–25 of 60');
    fireEvent.change(screen.getByLabelText('Currencies'), { target: { value: 'chf' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    const field = await screen.findByText(/Unknown currency "CHF"/, { selector: '.field-error' });
    expect(field.id).toBe('filter-bonds-currencies-error');
    expect(screen.getByText('req_422')).toBeTruthy();
  });

  it('sorts the whole result set by a column the API cannot sort, in one request, and pages it', async () => {
    const { calls } = renderWithTerrapin(<Screener />, (_name, body) =>
      envelope(body as { offset?: number }),
    );
    await screen.findByText('Showing 1–25 of 60');
    const header = screen.getByRole('columnheader', { name: /Coupon/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(await screen.findByText('Sorted across all 60 results.')).toBeTruthy();
    expect(calls.at(-1)?.body).toEqual({ limit: 1000, offset: 0 });
    const coupons = () =>
      screen
        .getAllByRole('row')
        .slice(1)
        .map((row) => within(row).getAllByRole('cell')[3]?.textContent);
    // 60 coupons of 3, 3.25, 3.5, 3.75, 4 (12 each): the first page holds the 25 lowest of all 60.
    expect(coupons()[0]).toBe('3.000%');
    expect(coupons().at(-1)).toBe('3.500%');
    const sent = calls.length;
    fireEvent.click(screen.getByRole('button', { name: /Next/ }));
    expect(await screen.findByText('Showing 26–50 of 60')).toBeTruthy();
    expect(coupons()[0]).toBe('3.500%');
    expect(coupons().at(-1)).toBe('4.000%');
    expect(coupons().filter((c) => c === '3.750%')).toHaveLength(12);
    expect(calls.length).toBe(sent);
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
  });

  it('says when a result set is too large to sort across pages, and sorts the page it shows', async () => {
    const { calls } = renderWithTerrapin(<Screener />, (_name, body) =>
      envelope(body as { limit?: number; offset?: number }, 1500),
    );
    await screen.findByText(/^Showing 1–25 of 1,?500$/);
    const header = screen.getByRole('columnheader', { name: /Coupon/ });
    fireEvent.click(within(header).getByRole('button'));
    expect(
      await screen.findByText(
        'Too many results to sort across pages (1,500; at most 1,000 can be sorted here): only this page is ' +
          'sorted. Narrow the filters to sort them all.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Sorted across all/)).toBeNull();
    // The page shown is the API's first page, sorted in place (coupons 3–4 cycle every 5 rows).
    const coupons = screen
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[3]?.textContent ?? '');
    expect(coupons).toHaveLength(25);
    expect(coupons).toEqual([...coupons].sort());
    expect(coupons[0]).toBe('3.000%');
    expect(calls.some((c) => (c.body as { limit?: number }).limit === 1000)).toBe(true);
  });

  it('switches universes with the tabs and calls that universe’s search', async () => {
    const { calls } = renderWithTerrapin(<Screener />, (_name, body) =>
      envelope(body as { offset?: number }, 3),
    );
    await screen.findByText('Showing 1–3 of 3');
    act(() => screen.getByRole('tab', { name: 'Municipal' }).click());
    await waitFor(() => expect(calls.at(-1)?.name).toBe('muni_search'));
    expect(screen.getByLabelText('State')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Municipal' }).getAttribute('aria-selected')).toBe('true');
  });

  it('never shows the previous universe’s rows under a new tab while its search loads', async () => {
    let releaseMunis: (value: unknown) => void = () => {};
    const munis = new Promise((resolve) => {
      releaseMunis = resolve;
    });
    renderWithTerrapin(<Screener />, (name, body) =>
      name === 'muni_search' ? munis : envelope(body as { offset?: number }, 3),
    );
    await screen.findByText('IT0000000000');
    act(() => screen.getByRole('tab', { name: 'Municipal' }).click());
    await waitFor(() => expect(screen.queryByText('IT0000000000')).toBeNull());
    expect(screen.queryByText(/^Showing 1–3 of 3$/)).toBeNull();
    act(() => releaseMunis(envelope({}, 2)));
    expect(await screen.findByText('Showing 1–2 of 2')).toBeTruthy();
  });

  it('keeps the current page on screen while the next page of the same universe loads', async () => {
    let releasePage2: (value: unknown) => void = () => {};
    renderWithTerrapin(<Screener />, (_name, body) => {
      const { offset = 0 } = body as { offset?: number };
      if (offset === 0) return envelope(body as { offset?: number });
      return new Promise((resolve) => {
        releasePage2 = () => resolve(envelope(body as { offset?: number }));
      });
    });
    await screen.findByText('Showing 1–25 of 60');
    act(() => screen.getByRole('button', { name: /Next/ }).click());
    await waitFor(() => expect(screen.getByRole('table').getAttribute('aria-busy')).toBe('true'));
    expect(screen.getByText('IT0000000000')).toBeTruthy();
    act(() => releasePage2(undefined));
    expect(await screen.findByText('IT0000000025')).toBeTruthy();
  });

  it('shows an empty state that offers to clear the filters', async () => {
    renderWithTerrapin(<Screener />, (_name, body) =>
      (body as { countries?: string[] }).countries
        ? { data: [], total: 0 }
        : envelope(body as { offset?: number }),
    );
    await screen.findByText('Showing 1–25 of 60');
    fireEvent.change(screen.getByLabelText('Countries'), { target: { value: 'Iceland' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByText(/No bonds match these filters/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing 1–25 of 60')).toBeTruthy();
  });
});
