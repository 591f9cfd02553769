import type { Universe } from './universe';

/** Where a request-body field is edited: a filter key, or the page-size control for paging fields. */
export type FieldKey = string;

const bodyFieldToFilter: Record<Universe, Record<string, FieldKey>> = {
  bonds: {
    countries: 'countries',
    currencies: 'currencies',
    coupon_min: 'couponMin',
    coupon_max: 'couponMax',
    maturity_date_min: 'maturityFrom',
    maturity_date_max: 'maturityTo',
    asset_classes: 'assetClasses',
    issuer_types: 'issuerTypes',
    include_callable: 'callable',
    limit: 'pageSize',
    offset: 'pageSize',
  },
  agency: {
    coupon_min: 'couponMin',
    coupon_max: 'couponMax',
    interest_types: 'interestTypes',
    is_callable: 'callable',
    maturity_date_min: 'maturityFrom',
    maturity_date_max: 'maturityTo',
    limit: 'pageSize',
    offset: 'pageSize',
  },
  munis: {
    states: 'state',
    issuer_name: 'issuer',
    interest_types: 'interestTypes',
    coupon_min: 'couponMin',
    coupon_max: 'couponMax',
    maturity_date_min: 'maturityFrom',
    maturity_date_max: 'maturityTo',
    limit: 'pageSize',
    offset: 'pageSize',
  },
};

/** Decodes one JSON Pointer reference token (RFC 6901: `~1` is `/`, `~0` is `~`). */
function decodeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** `/coupon_min` → `couponMin`, `/countries/2` → `countries`; null when the pointer is not about a form field. */
export function fieldForPointer(universe: Universe, pointer: string | null | undefined): FieldKey | null {
  if (!pointer?.startsWith('/')) return null;
  const first = pointer.slice(1).split('/')[0];
  if (first === undefined || first === '') return null;
  return bodyFieldToFilter[universe][decodeToken(first)] ?? null;
}

/** The id of a filter's input element, shared by the form and the error summary's "jump to field" links. */
export function fieldInputId(universe: Universe, field: FieldKey): string {
  return `filter-${universe}-${field}`;
}
