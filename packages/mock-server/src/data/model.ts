import type { Bond } from '@terrapin/core/analytics';
import type {
  AgencyReference,
  AgencySearchItem,
  BondReference,
  BondSearchItem,
  MuniReference,
  MuniSearchItem,
} from '@terrapin/core/contract';
import type { PinnedWindow } from './fixtures/documented';

/** How a bond's price moves: a currency curve plus a credit spread plus a bond-specific wiggle. */
export interface PricingProfile {
  /** Base curve (`EUR`, `USD`, `MUNI`…). */
  curve: string;
  /** Credit spread over the curve, percent. */
  spread: number;
  /** Key of the bond's own noise. */
  noiseKey: number;
  /** Share of business days with a price (1 = every day). */
  liquidity: number;
  /** Typical traded nominal per day, for `estimated_volume`. */
  volume: number;
  /** A fixed yield level (a documented floater whose terms are not known); replaces the curve model. */
  level?: number;
  /** A floater: its coupon resets from the curve's index path, so it trades near par (see `floatingCoupon`). */
  floating?: FloatingTerms;
}

/** How a floater's coupon is fixed: the index (the curve's short end, floored at 0) plus a margin, in percent. */
export interface FloatingTerms {
  /** Index level relative to the curve's base level (the short end sits below the 10-year). */
  offset: number;
  /** Quoted margin over the index. */
  margin: number;
}

/** A government or corporate bond (the `bond_*` operations) or a US agency bond (`agency_*`). */
export interface PricedEntry<Reference, Row> {
  isin: string;
  reference: Reference;
  searchRow: Row;
  /** The bond as the analytics see it, or null when it cannot be priced (no maturity, perpetual). */
  bond: Bond | null;
  pricing: PricingProfile;
  /** First and last day numbers with a price (issue to maturity). */
  firstDay: number;
  lastDay: number;
  /** True for documented example bonds. */
  documented: boolean;
}

export type GovCorpEntry = PricedEntry<BondReference, BondSearchItem>;
export type AgencyEntry = PricedEntry<AgencyReference, AgencySearchItem>;

/** A municipal issuer or obligor (`muni_entity_search`). */
export interface MuniEntity {
  entity_id: number;
  name: string;
  state: string;
  counties: string[];
  /** What kind of body it is, which drives sector, security and use of funds. */
  kind: MuniEntityKind;
  /** Six-character CUSIP issuer number. */
  cusip6: string;
}

export type MuniEntityKind =
  | 'state'
  | 'city'
  | 'county'
  | 'school'
  | 'water'
  | 'airport'
  | 'health'
  | 'housing'
  | 'university'
  | 'toll'
  | 'power'
  | 'port'
  | 'development'
  | 'transit';

/** One municipal bond series: the deal that the bonds of `muni_bonds_in_series` share. */
export interface MuniSeries {
  id: number;
  entity: MuniEntity;
  title: string;
  datedDate: string;
  saleDate: string;
  closingDate: string;
  sourceOfRepayment: string;
  capitalPurpose: 'new money' | 'refunding' | 'mixed';
  useSector: string;
  useCategory: string;
  usesOfProceeds: string[];
  legacySector: string;
  purpose: string;
  obligor: string | null;
  rating: string | null;
  insurer: string | null;
  hasOfficialStatement: boolean;
  flags: {
    is_amt: boolean;
    is_bank_qualified: boolean;
    is_federally_taxable: boolean;
    is_state_taxable: boolean;
    is_green: boolean;
    is_social: boolean;
    is_sustainable: boolean;
  };
  bonds: MuniEntry[];
  /** Total par of the series. */
  amount: number;
}

/** One municipal bond. The full reference record is built on demand from this and its series. */
export interface MuniEntry {
  isin: string;
  cusip: string;
  series: MuniSeries;
  issuerName: string;
  interestType: string;
  /** Coupon in percent (the current rate for floaters; 0 for zeros and CABs). */
  coupon: number;
  maturityDate: string;
  firstCouponDate: string | null;
  firstCallDate: string | null;
  callPrice: number;
  issuedAmount: number;
  isPac: boolean;
  ticker: string;
  bond: Bond;
  pricing: PricingProfile;
  firstDay: number;
  lastDay: number;
  /** Documented values that win over generated ones (fixtures). */
  referenceOverride?: Partial<MuniReference>;
  searchRowOverride?: MuniSearchItem;
}

/** A record copied from the documentation: served as it is, never changed. */
export type DocumentedRow = Readonly<Record<string, unknown>>;

/** Documented data pinned to ISINs, looked up by the handlers. */
export interface PinnedData {
  bondPricing: Map<string, PinnedWindow[]>;
  muniTrades: Map<string, PinnedWindow[]>;
  cashflows: Map<string, DocumentedRow>;
  muniDocuments: Map<string, DocumentedRow[]>;
  muniEvents: Map<string, DocumentedRow>;
  /** `isin|price|settlement` → documented yields. */
  priceToYield: Map<string, DocumentedRow>;
  inflation: Map<string, Map<string, DocumentedRow>>;
}
