import { invalidField } from '../pipeline/errors';
import { AGENCY_SORT_FIELDS, agencySortValue, matchesAgencySearch } from '../search/agency';
import { parseSort, sortRows } from '../search/match';
import { page } from './paging';
import { cashflowRows, historyRows, latestRows, referenceRows } from './priced';
import type { HandlerRegistry } from './types';

type AgencyHandlers = Pick<
  HandlerRegistry,
  | 'agency_search'
  | 'agency_reference'
  | 'agency_pricing_latest'
  | 'agency_pricing_history'
  | 'agency_cashflows'
>;

/** US agency bonds (Freddie Mac, Fannie Mae). */
export const agencyHandlers: AgencyHandlers = {
  agency_search: (p, u) => {
    let found = u.agency.filter((e) => matchesAgencySearch(e, p));
    if (p.sort !== undefined) {
      const sort = parseSort([p.sort], AGENCY_SORT_FIELDS);
      if ('unknown' in sort) {
        return invalidField(
          '/sort',
          `Unknown sort key ${JSON.stringify(sort.unknown)}; use one of ${AGENCY_SORT_FIELDS.join(', ')} (prefix - for descending)`,
        );
      }
      found = sortRows(found, sort.keys, agencySortValue);
    }
    return page(found, p, (e) => (p.full_reference_data ? e.reference : e.searchRow));
  },
  agency_reference: (p, u) => ({ data: referenceRows(u.agencyIndex, p.isins) }),
  agency_pricing_latest: (p, u) => ({
    data: latestRows(u, u.agencyPricing, u.agencyIndex, p.isins, p.as_of_date, 'agency'),
  }),
  agency_pricing_history: (p, u) => historyRows(u, u.agencyPricing, u.agencyIndex, p, 'agency'),
  agency_cashflows: (p, u) => ({ data: cashflowRows(u, u.agencyIndex, p.isins) }),
};
