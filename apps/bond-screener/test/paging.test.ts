import { describe, expect, it } from 'vitest';
import { offsetForPage, pageInfo, rangeLabel } from '../src/lib/paging';

describe('pageInfo', () => {
  it('describes the first page', () => {
    expect(pageInfo(0, 25, 60, 25)).toEqual({
      page: 1,
      pageCount: 3,
      first: 1,
      last: 25,
      hasPrevious: false,
      hasNext: true,
    });
  });
  it('describes a short last page', () => {
    expect(pageInfo(50, 25, 60, 10)).toMatchObject({
      page: 3,
      first: 51,
      last: 60,
      hasPrevious: true,
      hasNext: false,
    });
  });
  it('has one page and no rows when there are no results', () => {
    expect(pageInfo(0, 25, 0, 0)).toMatchObject({ page: 1, pageCount: 1, first: 0, last: 0, hasNext: false });
  });
  it('handles an exact multiple of the page size', () => {
    expect(pageInfo(25, 25, 50, 25)).toMatchObject({ page: 2, pageCount: 2, hasNext: false });
  });
  it('survives a zero limit', () => {
    expect(pageInfo(0, 0, 10, 0).pageCount).toBe(10);
  });
});

describe('offsetForPage', () => {
  it('converts a page number to an offset and clamps it', () => {
    expect(offsetForPage(3, 25, 60)).toBe(50);
    expect(offsetForPage(9, 25, 60)).toBe(50);
    expect(offsetForPage(0, 25, 60)).toBe(0);
    expect(offsetForPage(2, 25, 0)).toBe(0);
  });
});

describe('rangeLabel', () => {
  it('shows the rows and the total', () => {
    expect(rangeLabel(pageInfo(25, 25, 1234, 25), 1234)).toBe('Showing 26–50 of 1,234');
    expect(rangeLabel(pageInfo(0, 25, 0, 0), 0)).toBe('No results of 0');
  });
});
