import { describe, expect, it } from 'vitest';
import { emptyFilters, searchBody } from '../src/lib/filters';
import { initialScreenerState, screenerReducer } from '../src/lib/screener-state';
import { isServerSort, serverSortBody } from '../src/lib/server-sort';

const page = { limit: 25, offset: 0 };

describe('server-side sort', () => {
  it('asks agency_search for a string and muni_search for a list, "-" for descending', () => {
    expect(serverSortBody('agency', { key: 'maturity_date', direction: 'desc' })).toEqual({
      sort: '-maturity_date',
    });
    expect(serverSortBody('munis', { key: 'coupon', direction: 'asc' })).toEqual({ sort: ['coupon'] });
  });
  it('leaves columns the API cannot sort by, and all gov/corp columns, to the browser', () => {
    expect(isServerSort('bonds', { key: 'coupon', direction: 'asc' })).toBe(false);
    expect(isServerSort('agency', { key: 'is_callable', direction: 'asc' })).toBe(false);
    expect(isServerSort('munis', { key: 'state', direction: 'asc' })).toBe(true);
    expect(serverSortBody('munis', null)).toEqual({});
  });
  it('adds the order to the search body', () => {
    expect(
      searchBody('munis', emptyFilters.munis, page, { key: 'maturity_date', direction: 'desc' }),
    ).toEqual({
      limit: 25,
      offset: 0,
      sort: ['-maturity_date'],
    });
    expect(searchBody('bonds', emptyFilters.bonds, page, { key: 'coupon', direction: 'desc' })).toEqual(page);
  });
  it('goes back to the first page when the API’s order changes, not for a page-only sort', () => {
    const onPage3 = screenerReducer(initialScreenerState, { type: 'offset', universe: 'munis', offset: 50 });
    const server = screenerReducer(onPage3, {
      type: 'sort',
      universe: 'munis',
      sort: { key: 'coupon', direction: 'asc' },
      firstPage: true,
    });
    expect(server.paging.munis.offset).toBe(0);
    const local = screenerReducer(onPage3, {
      type: 'sort',
      universe: 'munis',
      sort: { key: 'interest_type', direction: 'asc' },
      firstPage: false,
    });
    expect(local.paging.munis.offset).toBe(50);
    expect(local.sort.munis).toEqual({ key: 'interest_type', direction: 'asc' });
  });
});
