import type { OperationParams } from '@terrapin/core/contract';
import type { MuniEntry } from '../data/model';
import { anyOf, containsText, inRange, type SortValue, sameText } from './match';

/** Fields `muni_search` can sort by (`sort: ["-maturity_date", "coupon"]`). */
export const MUNI_SORT_FIELDS = [
  'isin',
  'coupon',
  'maturity_date',
  'issue_date',
  'issued_amount',
  'issuer_name',
  'state',
] as const;

/** Facts a municipal filter needs beyond the compact entry. */
export interface MuniFilterContext {
  advisors(entry: MuniEntry): readonly string[];
  lastTradeDate(entry: MuniEntry): string | null;
}

/** The value of a sort field of a municipal bond. */
export function muniSortValue(e: MuniEntry, field: string): SortValue {
  switch (field) {
    case 'coupon':
      return e.coupon;
    case 'maturity_date':
      return e.maturityDate;
    case 'issue_date':
      return e.series.datedDate;
    case 'issued_amount':
      return e.issuedAmount;
    case 'issuer_name':
      return e.issuerName;
    case 'state':
      return e.series.entity.state;
    default:
      return e.isin;
  }
}

/**
 * `muni_search` filters, old and new names alike (`issuers` partial names and `issuer_name`), ranges on coupon,
 * dates and amounts, states, sectors, security; bonds without an official statement only on request.
 */
export function matchesMuniSearch(
  e: MuniEntry,
  p: OperationParams<'muni_search'>,
  ctx: MuniFilterContext,
): boolean {
  const s = e.series;
  if (p.include_bonds_without_os !== true && !s.hasOfficialStatement) return false;
  if (p.include_callable === false && e.firstCallDate !== null) return false;
  if (p.is_insured !== undefined && (s.insurer !== null) !== p.is_insured) return false;
  if (!anyOf(p.isins, (isin) => isin === e.isin)) return false;
  if (!anyOf(p.interest_types, (t) => e.interestType === t)) return false;
  if (!anyOf(p.states, (st) => sameText(s.entity.state, st))) return false;
  if (
    p.issuer_name !== undefined &&
    !containsText(e.issuerName, p.issuer_name) &&
    !containsText(s.entity.name, p.issuer_name)
  ) {
    return false;
  }
  if (!anyOf(p.issuers, (name) => containsText(e.issuerName, name) || containsText(s.entity.name, name)))
    return false;
  if (
    !anyOf(
      p.sectors,
      (x) => sameText(s.useSector, x) || sameText(s.legacySector, x) || sameText(s.useCategory, x),
    )
  ) {
    return false;
  }
  if (!anyOf(p.sources_of_repayment, (x) => sameText(s.sourceOfRepayment, x))) return false;
  if (!inRange(e.coupon, p.coupon_min, p.coupon_max)) return false;
  if (!inRange(e.maturityDate, p.maturity_date_min, p.maturity_date_max)) return false;
  if (!inRange(s.datedDate, p.issue_date_min, p.issue_date_max)) return false;
  if (!inRange(e.issuedAmount, p.issued_amount_min, p.issued_amount_max)) return false;
  if (p.advisors && p.advisors.length > 0) {
    const advisors = ctx.advisors(e);
    if (!p.advisors.some((a) => advisors.some((x) => containsText(x, a)))) return false;
  }
  if (p.last_traded_since !== undefined) {
    const last = ctx.lastTradeDate(e);
    if (last === null || last < p.last_traded_since) return false;
  }
  return true;
}
