import type { OperationParams } from '@terrapin/core/contract';
import type { GovCorpEntry } from '../data/model';
import { anyOf, containsText, inRange, sameText } from './match';

/** Facts a bond filter needs beyond the record. */
export interface BondFilterContext {
  /** Date (`YYYY-MM-DD`) of the bond's last price on or before the data date, or null. */
  lastTradeDate(entry: GovCorpEntry): string | null;
}

/**
 * `bond_search` filters as documented: countries by name with partial match, issuers by partial name, ranges on
 * coupon, maturity and issued amount, exact lists for the rest; callable and puttable bonds are included unless
 * excluded, bonds no longer outstanding only on request.
 */
export function matchesBondSearch(
  e: GovCorpEntry,
  p: OperationParams<'bond_search'>,
  ctx: BondFilterContext,
): boolean {
  const r = e.reference;
  if (p.include_non_outstanding !== true && r.is_outstanding === false) return false;
  if (p.include_callable === false && r.is_callable === true) return false;
  if (p.include_puttable === false && r.is_puttable === true) return false;
  if (!anyOf(p.isins, (isin) => isin === e.isin)) return false;
  if (!anyOf(p.countries, (c) => containsText(r.country, c))) return false;
  if (!anyOf(p.currencies, (c) => sameText(r.currency, c))) return false;
  if (!anyOf(p.asset_classes, (c) => r.asset_class === c)) return false;
  if (!anyOf(p.handles, (h) => r.handle === h)) return false;
  if (!anyOf(p.interest_types, (t) => r.interest_type === t)) return false;
  if (!anyOf(p.issuer_types, (t) => r.issuer_type === t)) return false;
  if (!anyOf(p.issuers, (name) => containsText(r.issuer_name ?? r.issuer, name))) return false;
  if (!anyOf(p.leis, (lei) => sameText(r.lei, lei))) return false;
  if (!anyOf(p.leis_direct_parent, (lei) => sameText(r.lei_direct_parent, lei))) return false;
  if (!anyOf(p.leis_ultimate_parent, (lei) => sameText(r.lei_ultimate_parent, lei))) return false;
  if (!inRange(r.coupon, p.coupon_min, p.coupon_max)) return false;
  if (!inRange(r.maturity_date, p.maturity_date_min, p.maturity_date_max)) return false;
  if (!inRange(r.issued_amount, p.issued_amount_min, p.issued_amount_max)) return false;
  if (p.last_trade_date_min !== undefined) {
    const last = ctx.lastTradeDate(e);
    if (last === null || last < p.last_trade_date_min) return false;
  }
  return true;
}
