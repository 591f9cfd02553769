import type { SortState } from './sort';
import type { Universe } from './universe';

/**
 * Columns the API itself can sort by, per universe (agency_search `sort: "-maturity_date"`, muni_search
 * `sort: ["-maturity_date"]`). bond_search has no sort field: gov/corp columns fetch the whole result set (up to
 * 1,000 rows) and sort it in the browser.
 */
const serverSortable: Record<Universe, Record<string, string>> = {
  bonds: {},
  agency: {
    isin: 'isin',
    issuer_name: 'issuer_name',
    interest_rate: 'interest_rate',
    maturity_date: 'maturity_date',
  },
  munis: {
    isin: 'isin',
    issuer_name: 'issuer_name',
    state: 'state',
    coupon: 'coupon',
    maturity_date: 'maturity_date',
  },
};

export function isServerSort(universe: Universe, sort: SortState | null): boolean {
  return sort !== null && serverSortable[universe][sort.key] !== undefined;
}

/** The body fields that ask the API for this order, or nothing when the page is sorted in the browser. */
export function serverSortBody(universe: Universe, sort: SortState | null): { sort?: string | string[] } {
  if (!sort) return {};
  const field = serverSortable[universe][sort.key];
  if (!field) return {};
  const key = `${sort.direction === 'desc' ? '-' : ''}${field}`;
  return universe === 'munis' ? { sort: [key] } : { sort: key };
}
