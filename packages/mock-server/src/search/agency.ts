import { propertyOf } from '@terrapin/core/adapter-kit';
import type { OperationParams } from '@terrapin/core/contract';
import type { AgencyEntry } from '../data/model';
import { anyOf, inRange, type SortValue } from './match';

/** Fields `agency_search` can sort by (`sort: "-maturity_date"`). */
export const AGENCY_SORT_FIELDS = [
  'isin',
  'interest_rate',
  'coupon',
  'maturity_date',
  'issue_date',
  'issued_amount',
  'issuer_name',
  'first_call_date',
  'next_call_date',
] as const;

/**
 * The value of a sort field of an agency bond, read from its reference record. Every sort field holds a number, a
 * string or nothing; anything else would have no order, so it sorts with the missing values.
 */
export function agencySortValue(e: AgencyEntry, field: string): SortValue {
  const value = propertyOf(e.reference, field);
  if (value === undefined || value === null || typeof value === 'number' || typeof value === 'string')
    return value;
  return null;
}

/** `agency_search` filters: coupon, issue and maturity ranges, interest types, callable flag, agency. */
export function matchesAgencySearch(e: AgencyEntry, p: OperationParams<'agency_search'>): boolean {
  const r = e.reference;
  if (!anyOf(p.isins, (isin) => isin === e.isin)) return false;
  if (!anyOf(p.interest_types, (t) => r.interest_type === t)) return false;
  if (p.is_callable !== undefined && r.is_callable !== p.is_callable) return false;
  if (p.issuer_name !== undefined && r.issuer_name !== p.issuer_name) return false;
  if (!inRange(r.interest_rate ?? r.coupon, p.coupon_min, p.coupon_max)) return false;
  if (!inRange(r.issue_date, p.issue_date_min, p.issue_date_max)) return false;
  if (!inRange(r.maturity_date, p.maturity_date_min, p.maturity_date_max)) return false;
  if (!inRange(r.issued_amount, p.issued_amount_min, p.issued_amount_max)) return false;
  return true;
}
