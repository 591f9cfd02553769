import {
  formatAmount,
  formatBoolean,
  formatCoupon,
  formatDate,
  formatEnum,
  formatFrequency,
  formatPercent,
  formatPrice,
  formatText,
} from './format';
import type { Universe } from './universe';

type Row = Record<string, unknown>;

export interface ReferenceField {
  label: string;
  value: (row: Row) => string;
}

export interface ReferenceGroup {
  title: string;
  fields: ReferenceField[];
}

const text = (label: string, key: string): ReferenceField => ({
  label,
  value: (row) => formatText(row[key]),
});
const date = (label: string, key: string): ReferenceField => ({
  label,
  value: (row) => formatDate(row[key]),
});
const yesNo = (label: string, key: string): ReferenceField => ({
  label,
  value: (row) => formatBoolean(row[key]),
});
const enumText = (label: string, key: string): ReferenceField => ({
  label,
  value: (row) => formatEnum(row[key]),
});
const amount = (label: string, key: string): ReferenceField => ({
  label,
  value: (row) => formatAmount(row[key], typeof row.currency === 'string' ? row.currency : null),
});
/** First non-empty of several keys: the API renamed fields over time (CONTRACT §9). */
const firstOf = (row: Row, ...keys: string[]): unknown =>
  keys.map((key) => row[key]).find((value) => value !== undefined && value !== null && value !== '');

const bondGroups: ReferenceGroup[] = [
  {
    title: 'Issuer',
    fields: [
      { label: 'Issuer', value: (row) => formatText(firstOf(row, 'issuer_name', 'issuer')) },
      text('Country', 'country'),
      enumText('Issuer type', 'issuer_type'),
      enumText('Sector', 'sector'),
      enumText('Industry group', 'industry_group'),
      text('LEI', 'lei'),
      text('Ultimate parent LEI', 'lei_ultimate_parent'),
    ],
  },
  {
    title: 'Terms',
    fields: [
      { label: 'Coupon', value: (row) => formatPercent(row.coupon) },
      { label: 'Frequency', value: (row) => formatFrequency(row.coupon_frequency) },
      enumText('Interest type', 'interest_type'),
      text('Day count', 'interest_accrual_convention'),
      text('Currency', 'currency'),
      date('Issue date', 'issue_date'),
      date('Accrues from', 'interest_accrual_date'),
      date('First coupon', 'first_coupon_date'),
      date('Maturity', 'maturity_date'),
      enumText('Maturity type', 'maturity_type'),
      amount('Issued amount', 'issued_amount'),
      amount('Minimum denomination', 'minimum_denomination'),
      enumText('Asset class', 'asset_class'),
      enumText('Rank', 'rank'),
      yesNo('Callable', 'is_callable'),
      yesNo('Puttable', 'is_puttable'),
      yesNo('Inflation-linked', 'is_inflation_linked'),
      yesNo('Green', 'is_green'),
      yesNo('Outstanding', 'is_outstanding'),
    ],
  },
  {
    title: 'Ratings',
    fields: [
      text('Issue rating (composite)', 'composite_issue_rating'),
      text('Issuer rating (composite)', 'composite_issuer_rating'),
      enumText('Issue rating group', 'issue_rating_group'),
      enumText('Issuer rating group', 'issuer_rating_group'),
    ],
  },
  {
    title: 'Identifiers',
    fields: [
      text('ISIN', 'isin'),
      text('FIGI', 'figi'),
      text('CFI code', 'cfi_code'),
      text('Ticker', 'ticker'),
      text('Handle', 'handle'),
      enumText('Registration', 'registration_type'),
      yesNo('144A', 'is_144a'),
      yesNo('Reg S', 'is_regs'),
    ],
  },
];

const agencyGroups: ReferenceGroup[] = [
  {
    title: 'Issuer',
    fields: [text('Issuer', 'issuer_name'), text('Country', 'country'), text('LEI', 'lei')],
  },
  {
    title: 'Terms',
    fields: [
      { label: 'Coupon', value: (row) => formatPercent(firstOf(row, 'coupon', 'interest_rate')) },
      enumText('Interest type', 'interest_type'),
      { label: 'Frequency', value: (row) => formatFrequency(row.coupon_frequency) },
      text('Day count', 'interest_accrual_convention'),
      text('Currency', 'currency'),
      date('Issue date', 'issue_date'),
      { label: 'Issue price', value: (row) => formatPrice(row.issue_price) },
      date('First interest payment', 'first_interest_payment_date'),
      date('Next coupon', 'next_coupon_date'),
      date('Maturity', 'maturity_date'),
      amount('Issued amount', 'issued_amount'),
      amount('Minimum denomination', 'minimum_denomination'),
      yesNo('Callable', 'is_callable'),
      enumText('Call type', 'call_type'),
      date('First call', 'first_call_date'),
      date('Next call', 'next_call_date'),
      { label: 'Next call price', value: (row) => formatPrice(row.next_call_price) },
    ],
  },
  {
    title: 'Ratings',
    fields: [
      text('Issue rating (composite)', 'composite_issue_rating'),
      text('Issuer rating (composite)', 'composite_issuer_rating'),
    ],
  },
  {
    title: 'Identifiers',
    fields: [
      text('ISIN', 'isin'),
      text('CUSIP', 'cusip'),
      text('FIGI', 'figi'),
      text('FIGI name', 'figi_name'),
      text('CFI code', 'cfi_code'),
      text('Ticker', 'ticker'),
    ],
  },
];

const muniGroups: ReferenceGroup[] = [
  {
    title: 'Issuer',
    fields: [
      text('Issuer', 'issuer_name'),
      text('Obligor', 'obligor'),
      text('State', 'state'),
      text('Counties', 'counties'),
      enumText('Source of repayment', 'source_of_repayment'),
      enumText('Capital purpose', 'capital_purpose'),
      text('Use of proceeds', 'use_sectors'),
      text('Series', 'series'),
    ],
  },
  {
    title: 'Terms',
    fields: [
      { label: 'Coupon', value: (row) => formatCoupon(firstOf(row, 'interest_rate', 'coupon')) },
      enumText('Interest type', 'interest_type'),
      { label: 'Frequency', value: (row) => formatFrequency(row.coupon_frequency) },
      text('Day count', 'interest_accrual_convention'),
      date('Dated date', 'dated_date'),
      date('Issue date', 'issue_date'),
      date('Maturity', 'maturity_date'),
      { label: 'Issue yield', value: (row) => formatPercent(row.issue_yield) },
      { label: 'Issue price', value: (row) => formatPrice(row.issue_price) },
      amount('Maturity amount', 'maturity_amount'),
      amount('Outstanding', 'outstanding_amount'),
      yesNo('Callable', 'is_callable'),
      date('Next call', 'next_call_date'),
      yesNo('AMT', 'is_amt'),
      yesNo('Federally taxable', 'is_federally_taxable'),
      yesNo('Bank qualified', 'is_bank_qualified'),
      yesNo('Insured', 'is_insured'),
      text('Insurers', 'insurers'),
    ],
  },
  {
    title: 'Ratings',
    fields: [
      text('Composite rating', 'composite_rating'),
      enumText('Rating group', 'rating_group'),
      enumText('Rating', 'rating'),
    ],
  },
  {
    title: 'Identifiers & parties',
    fields: [
      text('ISIN', 'isin'),
      text('FIGI', 'figi'),
      text('Ticker', 'ticker'),
      text('Underwriters', 'underwriters'),
      text('Bond counsel', 'bond_counsel'),
      text('Trustees', 'trustees'),
    ],
  },
];

export const referenceGroups: Record<Universe, ReferenceGroup[]> = {
  bonds: bondGroups,
  agency: agencyGroups,
  munis: muniGroups,
};

/** The group with the fields that have a value; empty groups are dropped. */
export function visibleGroups(universe: Universe, row: Row): { title: string; items: [string, string][] }[] {
  return referenceGroups[universe]
    .map((group) => ({
      title: group.title,
      items: group.fields
        .map((field): [string, string] => [field.label, field.value(row)])
        .filter(([, value]) => value !== '—'),
    }))
    .filter((group) => group.items.length > 0);
}
