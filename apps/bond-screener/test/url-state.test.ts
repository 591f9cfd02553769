import { describe, expect, it } from 'vitest';
import { initialScreenerState, screenerReducer } from '../src/lib/screener-state';
import { screenerFromSearch, screenerSearch } from '../src/lib/url-state';

describe('screener state in the address bar', () => {
  it('the plain screener is /', () => {
    expect(screenerSearch(initialScreenerState)).toBe('');
  });
  it('round-trips tab, filters, sort, page and page size', () => {
    let state = screenerReducer(initialScreenerState, { type: 'universe', universe: 'munis' });
    state = screenerReducer(state, {
      type: 'edit',
      universe: 'munis',
      patch: { state: 'CA', couponMin: '3', interestTypes: ['fixed rate', 'cab'] },
    });
    state = screenerReducer(state, { type: 'apply', universe: 'munis' });
    state = screenerReducer(state, {
      type: 'sort',
      universe: 'munis',
      sort: { key: 'maturity_date', direction: 'desc' },
      firstPage: true,
    });
    state = screenerReducer(state, { type: 'page-size', universe: 'munis', limit: 50 });
    state = screenerReducer(state, { type: 'offset', universe: 'munis', offset: 100 });
    const search = screenerSearch(state);
    expect(search).toBe(
      '?tab=munis&state=CA&interestTypes=fixed+rate%7Ccab&couponMin=3&sort=-maturity_date&size=50&page=3',
    );
    const restored = screenerFromSearch(search);
    expect(restored.universe).toBe('munis');
    expect(restored.applied.munis).toEqual(state.applied.munis);
    expect(restored.drafts.munis).toEqual(state.applied.munis);
    expect(restored.sort.munis).toEqual({ key: 'maturity_date', direction: 'desc' });
    expect(restored.paging.munis).toEqual({ limit: 50, offset: 100 });
    expect(screenerSearch(restored)).toBe(search);
  });
  it('ignores malformed parameters', () => {
    const restored = screenerFromSearch('?tab=nope&size=7&page=-3&sort=%3Cscript%3E&callable=maybe');
    expect(restored.universe).toBe('bonds');
    expect(restored.paging.bonds).toEqual({ limit: 25, offset: 0 });
    expect(restored.sort.bonds).toBeNull();
    expect(restored.applied.bonds.callable).toBe('any');
  });
});
