import { formatBoolean, formatCoupon, formatDate, formatEnum, formatPercent, formatText } from './format';
import type { Universe } from './universe';

export type ResultRow = Record<string, unknown> & { isin?: string };

export interface Column {
  key: string;
  label: string;
  numeric?: boolean;
  /** The value sorted on. */
  value: (row: ResultRow) => unknown;
  /** The text shown. */
  render: (row: ResultRow) => string;
}

const firstOf = (row: ResultRow, ...keys: string[]): unknown =>
  keys.map((key) => row[key]).find((value) => value !== undefined && value !== null && value !== '');

/** A floating muni coupon sorts by its spread-free position: after all fixed coupons (it has no number). */
const couponNumber = (value: unknown) => (typeof value === 'number' ? value : null);

const isin: Column = {
  key: 'isin',
  label: 'ISIN',
  value: (row) => row.isin,
  render: (row) => formatText(row.isin),
};
const issuer: Column = {
  key: 'issuer_name',
  label: 'Issuer',
  value: (row) => firstOf(row, 'issuer_name', 'issuer'),
  render: (row) => formatText(firstOf(row, 'issuer_name', 'issuer')),
};
const maturity: Column = {
  key: 'maturity_date',
  label: 'Maturity',
  value: (row) => row.maturity_date,
  render: (row) => formatDate(row.maturity_date),
};
const plain = (key: string, label: string): Column => ({
  key,
  label,
  value: (row) => row[key],
  render: (row) => formatText(row[key]),
});
const enumColumn = (key: string, label: string): Column => ({
  key,
  label,
  value: (row) => row[key],
  render: (row) => formatEnum(row[key]),
});

export const resultColumns: Record<Universe, Column[]> = {
  bonds: [
    isin,
    issuer,
    plain('country', 'Country'),
    plain('currency', 'Ccy'),
    {
      key: 'coupon',
      label: 'Coupon',
      numeric: true,
      value: (row) => row.coupon,
      render: (row) => formatPercent(row.coupon),
    },
    maturity,
    enumColumn('issue_rating_group', 'Rating group'),
  ],
  agency: [
    isin,
    issuer,
    {
      key: 'interest_rate',
      label: 'Coupon',
      numeric: true,
      value: (row) => firstOf(row, 'interest_rate', 'coupon'),
      render: (row) => formatPercent(firstOf(row, 'interest_rate', 'coupon')),
    },
    enumColumn('interest_type', 'Interest type'),
    {
      key: 'is_callable',
      label: 'Callable',
      value: (row) => row.is_callable,
      render: (row) => formatBoolean(row.is_callable),
    },
    maturity,
  ],
  munis: [
    isin,
    issuer,
    plain('state', 'State'),
    {
      key: 'coupon',
      label: 'Coupon',
      numeric: true,
      value: (row) => couponNumber(firstOf(row, 'interest_rate', 'coupon')),
      render: (row) => formatCoupon(firstOf(row, 'interest_rate', 'coupon')),
    },
    enumColumn('interest_type', 'Interest type'),
    maturity,
    {
      key: 'rating_group',
      label: 'Rating',
      value: (row) => firstOf(row, 'rating_group', 'rating'),
      render: (row) => formatEnum(firstOf(row, 'rating_group', 'rating')),
    },
  ],
};
