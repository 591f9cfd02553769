/**
 * Government issuers of the gov/corp universe. Values follow each market's conventions (coupon frequency, day
 * count, ISIN prefix, ticker, `handle` categories from the bond_search enum) so screens look like real ones.
 */

/** One category of a sovereign's debt (a `handle` in the API's words). */
export interface SovereignLine {
  /** The API's handle, or null for lines without one. */
  handle: string | null;
  /** Share of this sovereign's bonds. */
  weight: number;
  /** Tenors at issue, in years (fractions for bills). */
  tenors: readonly number[];
  kind: 'bond' | 'bill' | 'linker' | 'green';
  /** Ticker root (`DBR`, `OBL`, `BTPS`…). */
  ticker: string;
}

/** A sovereign issuer and its market conventions. */
export interface Sovereign {
  issuer: string;
  country: string;
  countryCode: string;
  /** ISIN country prefix and the start of the national number (`IT` + `0005`). */
  isinPrefix: string;
  nsinPrefix: string;
  currency: string;
  frequency: 1 | 2;
  dayCount: string;
  rating: string;
  /** Spread over the currency's base curve, percent. */
  spread: number;
  /** Share of the sovereign part of the universe. */
  weight: number;
  /**
   * Smallest holding and trading increment, in whole currency units (`minimum_denomination`, `integral_multiple`).
   * The spec types both as integers, so markets that really trade in cents (Bunds, gilts, DSLs, OLOs: 0.01) show 1,
   * their smallest whole unit (CONTRACT.md §8).
   */
  denomination: { minimum: number; multiple: number };
  lines: readonly SovereignLine[];
}

const bonds = (ticker: string, tenors: readonly number[] = [2, 3, 5, 7, 10, 15, 20, 30]): SovereignLine => ({
  handle: null,
  weight: 10,
  tenors,
  kind: 'bond',
  ticker,
});

export const SOVEREIGNS: readonly Sovereign[] = [
  {
    issuer: 'REPUBLIC OF ITALY',
    country: 'Italy',
    countryCode: 'IT',
    isinPrefix: 'IT',
    nsinPrefix: '0005',
    currency: 'EUR',
    frequency: 2,
    dayCount: 'act/act (ICMA)',
    rating: 'BBB',
    spread: 1.3,
    weight: 16,
    denomination: { minimum: 1000, multiple: 1000 },
    lines: [bonds('BTPS'), { handle: null, weight: 2, tenors: [5, 10, 15], kind: 'linker', ticker: 'BTPS' }],
  },
  {
    issuer: 'FEDERAL REPUBLIC OF GERMANY',
    country: 'Germany',
    countryCode: 'DE',
    isinPrefix: 'DE',
    nsinPrefix: '000',
    currency: 'EUR',
    frequency: 1,
    dayCount: 'act/act (ICMA)',
    rating: 'AAA',
    spread: 0,
    weight: 14,
    denomination: { minimum: 1, multiple: 1 },
    lines: [
      { handle: 'de_bund', weight: 6, tenors: [10, 15, 30], kind: 'bond', ticker: 'DBR' },
      { handle: 'de_bobl', weight: 4, tenors: [5], kind: 'bond', ticker: 'OBL' },
      { handle: 'de_schatz', weight: 3, tenors: [2], kind: 'bond', ticker: 'BKO' },
      { handle: 'de_bubill', weight: 2, tenors: [0.5, 1], kind: 'bill', ticker: 'BUBILL' },
      { handle: 'de_ilb', weight: 1, tenors: [10, 15], kind: 'linker', ticker: 'DBRI' },
      { handle: 'de_green', weight: 1, tenors: [5, 10, 30], kind: 'green', ticker: 'DBR' },
    ],
  },
  {
    issuer: 'REPUBLIC OF FRANCE',
    country: 'France',
    countryCode: 'FR',
    isinPrefix: 'FR',
    nsinPrefix: '001',
    currency: 'EUR',
    frequency: 1,
    dayCount: 'act/act (ICMA)',
    rating: 'AA-',
    spread: 0.6,
    weight: 13,
    denomination: { minimum: 1, multiple: 1 },
    lines: [
      { handle: 'fr_oat', weight: 8, tenors: [2, 5, 7, 10, 15, 20, 30, 50], kind: 'bond', ticker: 'FRTR' },
      { handle: 'fr_btf', weight: 3, tenors: [0.25, 0.5, 1], kind: 'bill', ticker: 'BTF' },
      { handle: 'fr_oati', weight: 1, tenors: [10, 15], kind: 'linker', ticker: 'FRTR' },
      { handle: 'fr_oatei', weight: 1, tenors: [10, 20], kind: 'linker', ticker: 'FRTR' },
    ],
  },
  {
    issuer: 'UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND',
    country: 'United Kingdom',
    countryCode: 'GB',
    isinPrefix: 'GB',
    nsinPrefix: '00B',
    currency: 'GBP',
    frequency: 2,
    dayCount: 'act/act (ICMA)',
    rating: 'AA',
    spread: 0,
    weight: 12,
    denomination: { minimum: 1, multiple: 1 },
    lines: [
      { handle: 'uk_gilt', weight: 8, tenors: [3, 5, 10, 20, 30, 50], kind: 'bond', ticker: 'UKT' },
      { handle: 'uk_bill', weight: 2, tenors: [0.25, 0.5], kind: 'bill', ticker: 'UKTB' },
      { handle: 'uk_il_gilt', weight: 2, tenors: [10, 20, 30], kind: 'linker', ticker: 'UKTI' },
      { handle: 'uk_green_gilt', weight: 1, tenors: [12, 20], kind: 'green', ticker: 'UKT' },
    ],
  },
  {
    issuer: 'UNITED STATES OF AMERICA',
    country: 'United States of America',
    countryCode: 'US',
    isinPrefix: 'US',
    nsinPrefix: '91282C',
    currency: 'USD',
    frequency: 2,
    dayCount: 'act/act (ICMA)',
    rating: 'AA+',
    spread: 0,
    weight: 14,
    denomination: { minimum: 100, multiple: 100 },
    lines: [bonds('T', [2, 3, 5, 7, 10, 20, 30])],
  },
  {
    issuer: 'KINGDOM OF SPAIN',
    country: 'Spain',
    countryCode: 'ES',
    isinPrefix: 'ES',
    nsinPrefix: '0000',
    currency: 'EUR',
    frequency: 1,
    dayCount: 'act/act (ICMA)',
    rating: 'A',
    spread: 0.8,
    weight: 9,
    denomination: { minimum: 1000, multiple: 1000 },
    lines: [bonds('SPGB', [3, 5, 10, 15, 30])],
  },
  {
    issuer: 'KINGDOM OF THE NETHERLANDS',
    country: 'Netherlands',
    countryCode: 'NL',
    isinPrefix: 'NL',
    nsinPrefix: '0015',
    currency: 'EUR',
    frequency: 1,
    dayCount: 'act/act (ICMA)',
    rating: 'AAA',
    spread: 0.2,
    weight: 5,
    denomination: { minimum: 1, multiple: 1 },
    lines: [
      { handle: 'nl_dsl', weight: 5, tenors: [3, 7, 10, 20, 30], kind: 'bond', ticker: 'NETHER' },
      { handle: 'nl_dtc', weight: 2, tenors: [0.25, 0.5], kind: 'bill', ticker: 'DTB' },
    ],
  },
  {
    issuer: 'HELLENIC REPUBLIC',
    country: 'Greece',
    countryCode: 'GR',
    isinPrefix: 'GR',
    nsinPrefix: '0',
    currency: 'EUR',
    frequency: 1,
    dayCount: 'act/act (ICMA)',
    rating: 'BBB-',
    spread: 1.1,
    weight: 3,
    denomination: { minimum: 1, multiple: 1 },
    lines: [bonds('GGB', [5, 10, 15, 30])],
  },
  {
    issuer: 'REPUBLIC OF AUSTRIA',
    country: 'Austria',
    countryCode: 'AT',
    isinPrefix: 'AT',
    nsinPrefix: '0000A',
    currency: 'EUR',
    frequency: 1,
    dayCount: 'act/act (ICMA)',
    rating: 'AA+',
    spread: 0.4,
    weight: 3,
    denomination: { minimum: 1000, multiple: 1000 },
    lines: [bonds('RAGB', [5, 10, 20, 30])],
  },
  {
    issuer: 'KINGDOM OF BELGIUM',
    country: 'Belgium',
    countryCode: 'BE',
    isinPrefix: 'BE',
    nsinPrefix: '0000',
    currency: 'EUR',
    frequency: 1,
    dayCount: 'act/act (ICMA)',
    rating: 'AA-',
    spread: 0.55,
    weight: 3,
    denomination: { minimum: 1, multiple: 1 },
    lines: [bonds('BGB', [5, 10, 20, 30])],
  },
  {
    issuer: 'PORTUGUESE REPUBLIC',
    country: 'Portugal',
    countryCode: 'PT',
    isinPrefix: 'PT',
    nsinPrefix: 'OT',
    currency: 'EUR',
    frequency: 1,
    dayCount: 'act/act (ICMA)',
    rating: 'A-',
    spread: 0.7,
    weight: 2,
    denomination: { minimum: 1, multiple: 1 },
    lines: [bonds('PGB', [5, 10, 15])],
  },
  {
    issuer: 'SWISS CONFEDERATION',
    country: 'Switzerland',
    countryCode: 'CH',
    isinPrefix: 'CH',
    nsinPrefix: '0',
    currency: 'CHF',
    frequency: 1,
    dayCount: 'act/act (ICMA)',
    rating: 'AAA',
    spread: 0,
    weight: 2,
    denomination: { minimum: 5000, multiple: 5000 },
    lines: [bonds('SWISS', [5, 10, 20, 30])],
  },
  {
    issuer: 'GOVERNMENT OF CANADA',
    country: 'Canada',
    countryCode: 'CA',
    isinPrefix: 'CA',
    nsinPrefix: '135087',
    currency: 'CAD',
    frequency: 2,
    dayCount: 'act/act (ICMA)',
    rating: 'AAA',
    spread: 0,
    weight: 2,
    denomination: { minimum: 1000, multiple: 1000 },
    lines: [bonds('CAN', [2, 5, 10, 30])],
  },
];
