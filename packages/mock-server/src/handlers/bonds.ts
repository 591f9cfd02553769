import type { GovCorpEntry } from '../data/model';
import { lastTradeDateOf } from '../data/universe';
import { matchesBondSearch } from '../search/bonds';
import { page } from './paging';
import { cashflowRows, historyRows, latestRows, referenceRows } from './priced';
import type { HandlerRegistry } from './types';

type BondHandlers = Pick<
  HandlerRegistry,
  'bond_search' | 'bond_reference' | 'bond_pricing_latest' | 'bond_pricing_history' | 'bond_cashflows'
>;

/** Government and corporate bonds. */
export const bondHandlers: BondHandlers = {
  bond_search: (p, u) => {
    const ctx = { lastTradeDate: (e: GovCorpEntry) => lastTradeDateOf(u, e) };
    const found = u.bonds.filter((e) => matchesBondSearch(e, p, ctx));
    return page(found, p, (e) => (p.full_reference_data ? e.reference : e.searchRow));
  },
  bond_reference: (p, u) => ({ data: referenceRows(u.bondIndex, p.isins) }),
  bond_pricing_latest: (p, u) => ({
    data: latestRows(u, u.bondPricing, u.bondIndex, p.isins, p.as_of_date, 'bond-latest'),
  }),
  bond_pricing_history: (p, u) => historyRows(u, u.bondPricing, u.bondIndex, p, 'bond-history'),
  bond_cashflows: (p, u) => ({ data: cashflowRows(u, u.bondIndex, p.isins) }),
};
