import type { AgencySearchParams, BondSearchParams, MuniSearchParams } from '@terrapin/core';
import { serverSortBody } from './server-sort';
import type { SortState } from './sort';
import type { Universe } from './universe';
import { parseDate } from './validate-filters';

/** What the filter form holds: raw strings as typed, so a bad value reaches the contract and comes back with a pointer. */
export interface BondFilters {
  countries: string;
  currencies: string;
  couponMin: string;
  couponMax: string;
  maturityFrom: string;
  maturityTo: string;
  assetClasses: string[];
  /** bond_search `issuer_types`: government, corporate, municipal. */
  issuerTypes: string[];
  callable: TriState;
}

export interface AgencyFilters {
  couponMin: string;
  couponMax: string;
  interestTypes: string[];
  callable: TriState;
  maturityFrom: string;
  maturityTo: string;
}

export interface MuniFilters {
  state: string;
  issuer: string;
  interestTypes: string[];
  couponMin: string;
  couponMax: string;
  maturityFrom: string;
  maturityTo: string;
}

/** `any` leaves the field out so the API's default applies. */
export type TriState = 'any' | 'yes' | 'no';

export interface FiltersByUniverse {
  bonds: BondFilters;
  agency: AgencyFilters;
  munis: MuniFilters;
}

export interface Paging {
  limit: number;
  offset: number;
}

export const emptyFilters: FiltersByUniverse = {
  bonds: {
    countries: '',
    currencies: '',
    couponMin: '',
    couponMax: '',
    maturityFrom: '',
    maturityTo: '',
    assetClasses: [],
    issuerTypes: [],
    callable: 'any',
  },
  agency: {
    couponMin: '',
    couponMax: '',
    interestTypes: [],
    callable: 'any',
    maturityFrom: '',
    maturityTo: '',
  },
  munis: {
    state: '',
    issuer: '',
    interestTypes: [],
    couponMin: '',
    couponMax: '',
    maturityFrom: '',
    maturityTo: '',
  },
};

/** `"Italy, Spain ,"` → `['Italy', 'Spain']`; undefined when nothing is left. */
export function parseList(
  text: string,
  transform: (item: string) => string = (s) => s,
): string[] | undefined {
  const items = text
    .split(/[,;\n]/)
    .map((item) => transform(item.trim()))
    .filter((item) => item.length > 0);
  return items.length > 0 ? [...new Set(items)] : undefined;
}

/**
 * A number field: blank → undefined, a number (a decimal comma is accepted) → number. Anything else is passed on
 * unchanged so the SDK's request validation answers with a JSON pointer at this field instead of the app guessing.
 */
export function parseNumberInput(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normalised = /^[-+]?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed;
  const value = Number(normalised);
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) && Number.isFinite(value) ? value : trimmed;
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A date as typed, written as the API wants it (`2030-6-1` → `2030-06-01`); left as typed when not a date. */
function day(value: string): string | undefined {
  return parseDate(value).value ?? text(value);
}

function triState(value: TriState): boolean | undefined {
  return value === 'any' ? undefined : value === 'yes';
}

function list<T extends string>(values: readonly T[]): T[] | undefined {
  return values.length > 0 ? [...values] : undefined;
}

/** Drops undefined values so the body only carries what the user set (the API rejects unknown or null fields). */
function compact<T extends object>(body: T): T {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined)) as T;
}

// Numbers typed as text may still be strings here on purpose (see parseNumberInput); the contract rejects them.
type Loose<T> = { [K in keyof T]: T[K] | string };

export function bondSearchBody(filters: BondFilters, paging: Paging): BondSearchParams {
  return compact({
    countries: parseList(filters.countries),
    currencies: parseList(filters.currencies, (s) => s.toUpperCase()),
    coupon_min: parseNumberInput(filters.couponMin),
    coupon_max: parseNumberInput(filters.couponMax),
    maturity_date_min: day(filters.maturityFrom),
    maturity_date_max: day(filters.maturityTo),
    asset_classes: list(filters.assetClasses),
    issuer_types: list(filters.issuerTypes),
    include_callable: triState(filters.callable),
    limit: paging.limit,
    offset: paging.offset,
  } as Loose<BondSearchParams>) as BondSearchParams;
}

export function agencySearchBody(filters: AgencyFilters, paging: Paging): AgencySearchParams {
  return compact({
    coupon_min: parseNumberInput(filters.couponMin),
    coupon_max: parseNumberInput(filters.couponMax),
    interest_types: list(filters.interestTypes),
    is_callable: triState(filters.callable),
    maturity_date_min: day(filters.maturityFrom),
    maturity_date_max: day(filters.maturityTo),
    limit: paging.limit,
    offset: paging.offset,
  } as Loose<AgencySearchParams>) as AgencySearchParams;
}

export function muniSearchBody(filters: MuniFilters, paging: Paging): MuniSearchParams {
  const state = text(filters.state);
  return compact({
    states: state ? [state.toUpperCase()] : undefined,
    issuer_name: text(filters.issuer),
    interest_types: list(filters.interestTypes),
    coupon_min: parseNumberInput(filters.couponMin),
    coupon_max: parseNumberInput(filters.couponMax),
    maturity_date_min: day(filters.maturityFrom),
    maturity_date_max: day(filters.maturityTo),
    limit: paging.limit,
    offset: paging.offset,
  } as Loose<MuniSearchParams>) as MuniSearchParams;
}

export type SearchBody = BondSearchParams | AgencySearchParams | MuniSearchParams;

/** The search request for a universe: its filters, the page, and the order when the API can sort by it. */
export function searchBody<U extends Universe>(
  universe: U,
  filters: FiltersByUniverse[U],
  paging: Paging,
  sort: SortState | null = null,
): SearchBody {
  const order = serverSortBody(universe, sort);
  switch (universe) {
    case 'bonds':
      return bondSearchBody(filters as BondFilters, paging);
    case 'agency':
      return { ...agencySearchBody(filters as AgencyFilters, paging), ...(order as { sort?: string }) };
    default:
      return { ...muniSearchBody(filters as MuniFilters, paging), ...(order as { sort?: string[] }) };
  }
}

/** Number of filters set, for the "n filters" hint and the reset button. */
export function activeFilterCount(filters: object): number {
  return Object.values(filters).filter((value) =>
    Array.isArray(value) ? value.length > 0 : value !== '' && value !== 'any',
  ).length;
}
