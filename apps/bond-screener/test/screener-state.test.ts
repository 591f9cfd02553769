import { describe, expect, it } from 'vitest';
import { initialScreenerState, screenerReducer } from '../src/lib/screener-state';

describe('screenerReducer', () => {
  it('edits drafts without touching the applied filters', () => {
    const state = screenerReducer(initialScreenerState, {
      type: 'edit',
      universe: 'bonds',
      patch: { countries: 'Italy' },
    });
    expect(state.drafts.bonds.countries).toBe('Italy');
    expect(state.applied.bonds.countries).toBe('');
  });

  it('applies drafts and goes back to the first page', () => {
    let state = screenerReducer(initialScreenerState, { type: 'offset', universe: 'bonds', offset: 50 });
    state = screenerReducer(state, { type: 'edit', universe: 'bonds', patch: { couponMin: '3' } });
    state = screenerReducer(state, { type: 'apply', universe: 'bonds' });
    expect(state.applied.bonds.couponMin).toBe('3');
    expect(state.paging.bonds.offset).toBe(0);
  });

  it('keeps each universe’s filters and paging apart', () => {
    let state = screenerReducer(initialScreenerState, {
      type: 'edit',
      universe: 'munis',
      patch: { state: 'CA' },
    });
    state = screenerReducer(state, { type: 'offset', universe: 'munis', offset: 25 });
    state = screenerReducer(state, { type: 'universe', universe: 'agency' });
    expect(state.universe).toBe('agency');
    expect(state.drafts.munis.state).toBe('CA');
    expect(state.paging.munis.offset).toBe(25);
    expect(state.paging.bonds.offset).toBe(0);
  });

  it('resets a universe to empty filters on the first page', () => {
    let state = screenerReducer(initialScreenerState, {
      type: 'edit',
      universe: 'agency',
      patch: { couponMin: '2' },
    });
    state = screenerReducer(state, { type: 'apply', universe: 'agency' });
    state = screenerReducer(state, { type: 'offset', universe: 'agency', offset: 75 });
    state = screenerReducer(state, { type: 'reset', universe: 'agency' });
    expect(state.drafts.agency.couponMin).toBe('');
    expect(state.applied.agency.couponMin).toBe('');
    expect(state.paging.agency.offset).toBe(0);
  });

  it('keeps the first visible row on its page when the page size changes', () => {
    let state = screenerReducer(initialScreenerState, { type: 'offset', universe: 'bonds', offset: 75 });
    state = screenerReducer(state, { type: 'page-size', universe: 'bonds', limit: 50 });
    expect(state.paging.bonds).toEqual({ limit: 50, offset: 50 });
  });

  it('never pages before the first row', () => {
    const state = screenerReducer(initialScreenerState, { type: 'offset', universe: 'bonds', offset: -25 });
    expect(state.paging.bonds.offset).toBe(0);
  });
});
