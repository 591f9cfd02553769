import { describe, expect, it } from 'vitest';
import { ariaSort, nextSort, sortRows } from '../src/lib/sort';

const rows = [
  { id: 'a', coupon: 3, name: 'b2' },
  { id: 'b', coupon: null, name: 'B10' },
  { id: 'c', coupon: 1.5, name: 'a' },
  { id: 'd', coupon: 3, name: 'b1' },
];
const value = (row: (typeof rows)[number], key: string) => row[key as keyof typeof row];

describe('nextSort', () => {
  it('cycles ascending → descending → none, and restarts on a new column', () => {
    const asc = nextSort(null, 'coupon');
    expect(asc).toEqual({ key: 'coupon', direction: 'asc' });
    const desc = nextSort(asc, 'coupon');
    expect(desc).toEqual({ key: 'coupon', direction: 'desc' });
    expect(nextSort(desc, 'coupon')).toBeNull();
    expect(nextSort(desc, 'name')).toEqual({ key: 'name', direction: 'asc' });
  });
});

describe('sortRows', () => {
  it('sorts numbers, keeps ties stable and puts missing values last in both directions', () => {
    expect(sortRows(rows, { key: 'coupon', direction: 'asc' }, value).map((r) => r.id)).toEqual([
      'c',
      'a',
      'd',
      'b',
    ]);
    expect(sortRows(rows, { key: 'coupon', direction: 'desc' }, value).map((r) => r.id)).toEqual([
      'a',
      'd',
      'c',
      'b',
    ]);
  });
  it('sorts text naturally and case-insensitively', () => {
    expect(sortRows(rows, { key: 'name', direction: 'asc' }, value).map((r) => r.name)).toEqual([
      'a',
      'b1',
      'b2',
      'B10',
    ]);
  });
  it('returns a copy in the original order without a sort', () => {
    const sorted = sortRows(rows, null, value);
    expect(sorted).toEqual(rows);
    expect(sorted).not.toBe(rows);
  });
});

describe('ariaSort', () => {
  it('reports the state of a column header', () => {
    expect(ariaSort({ key: 'coupon', direction: 'desc' }, 'coupon')).toBe('descending');
    expect(ariaSort({ key: 'coupon', direction: 'asc' }, 'coupon')).toBe('ascending');
    expect(ariaSort({ key: 'coupon', direction: 'asc' }, 'name')).toBe('none');
  });
});
