import { fromDay } from '../data/dates';
import { disclosureDocuments, documentRow, officialStatements } from '../data/documents';
import { muniReference, seriesParties } from '../data/gen/muni-reference';
import { muniSearchRow } from '../data/gen/munis';
import { lastTradeDay } from '../data/market/muni-trades';
import type { MuniEntry } from '../data/model';
import type { Universe } from '../data/universe';
import { invalidField } from '../pipeline/errors';
import { parseSort, sameText, sortRows, startsWord } from '../search/match';
import { MUNI_SORT_FIELDS, matchesMuniSearch, muniSortValue } from '../search/munis';
import { distinct, page } from './paging';
import { cashflowRows } from './priced';
import type { HandlerRegistry } from './types';

type MuniHandlers = Pick<
  HandlerRegistry,
  | 'muni_search'
  | 'muni_entity_search'
  | 'muni_reference'
  | 'muni_cashflows'
  | 'muni_documents'
  | 'muni_bonds_in_series'
  | 'muni_events'
>;

const reference = (u: Universe, e: MuniEntry) => muniReference(u.seed, u.curves, u.dataDay, e);

function events(u: Universe, e: MuniEntry): Record<string, unknown> {
  const documented = u.pinned.muniEvents.get(e.isin);
  if (documented) return documented;
  const list: Record<string, unknown>[] = [
    {
      category: 'creation',
      date: e.series.datedDate,
      details: { amount: e.issuedAmount, description: 'Primary issuance', history: [] },
      name: 'creation',
    },
  ];
  if (e.maturityDate <= u.dataDate) {
    list.push({
      category: 'maturity',
      date: e.maturityDate,
      details: { amount: e.issuedAmount, description: 'Matured and paid at par', history: [] },
      name: 'maturity',
    });
  }
  return { events: list, isin: e.isin };
}

/** Municipal bonds: search, entities, reference data, cash flows, documents, series and events. */
export const muniHandlers: MuniHandlers = {
  muni_search: (p, u) => {
    const ctx = {
      advisors: (e: MuniEntry) => seriesParties(u.seed, e.series).advisors,
      lastTradeDate: (e: MuniEntry) => {
        const day = lastTradeDay(u.trades, e, u.lastTrades);
        return day === null ? null : fromDay(day);
      },
    };
    let found = u.munis.filter((e) => matchesMuniSearch(e, p, ctx));
    if (p.sort && p.sort.length > 0) {
      const sort = parseSort(p.sort, MUNI_SORT_FIELDS);
      if ('unknown' in sort) {
        return invalidField(
          `/sort/${sort.index}`,
          `Unknown sort key ${JSON.stringify(sort.unknown)}; use one of ${MUNI_SORT_FIELDS.join(', ')} (prefix - for descending)`,
        );
      }
      found = sortRows(found, sort.keys, muniSortValue);
    }
    return page(found, p, (e) => (p.full_reference_data ? reference(u, e) : muniSearchRow(e)));
  },
  muni_entity_search: (p, u) => {
    const query = p.search_query.trim();
    const found = u.entities
      .filter(
        (e) =>
          startsWord(e.name, query) ||
          sameText(e.state, query) ||
          e.counties.some((c) => startsWord(c, query)),
      )
      .sort((a, b) => a.entity_id - b.entity_id);
    const data = found
      .slice(0, p.limit ?? 10)
      .map(({ counties, entity_id, name, state }) => ({ counties, entity_id, name, state }));
    return { data, total: found.length };
  },
  muni_reference: (p, u) => ({
    data: distinct(p.isins).flatMap((isin) => {
      const e = u.muniIndex.get(isin);
      return e ? [reference(u, e)] : [];
    }),
  }),
  muni_cashflows: (p, u) => ({ data: cashflowRows(u, u.muniIndex, p.isins) }),
  muni_documents: (p, u) => {
    const e = u.muniIndex.get(p.isin);
    if (!e) return { data: [] };
    // A documented official statement belongs to the whole series: every sibling lists it.
    const documented = e.series.bonds
      .flatMap((b) => u.pinned.muniDocuments.get(b.isin) ?? [])
      .filter((d) => d.document_type === p.document_type)
      .map((d) => ({ ...d, isin: p.isin }));
    if (documented.length > 0) return { data: documented };
    const first = u.series.find((s) => s.entity === e.series.entity) ?? e.series;
    const docs =
      p.document_type === 'official_statement'
        ? officialStatements(u.seed, e.series)
        : disclosureDocuments(u.seed, e.series.entity, first.datedDate, u.dataDay);
    return { data: docs.map((d) => documentRow(d, e)) };
  },
  muni_bonds_in_series: (p, u) => {
    const e = u.muniIndex.get(p.isin);
    return { data: e ? e.series.bonds.map(muniSearchRow) : [] };
  },
  muni_events: (p, u) => ({
    data: distinct(p.isins).flatMap((isin) => {
      const e = u.muniIndex.get(isin);
      return e ? [events(u, e)] : [];
    }),
  }),
};
