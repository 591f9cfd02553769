import { isRecord } from '@terrapin/core/adapter-kit';
import { type Bond, bondFromReference } from '@terrapin/core/analytics';
import {
  type AgencyReference,
  AgencySearchItem,
  BondReference,
  BondSearchItem,
  MuniSearchItem,
  type OperationParams,
  validateRequest,
} from '@terrapin/core/contract';
import { conformingRows } from '../internal/conforming-rows';
import { matchesBondSearch } from '../search/bonds';
import { MUNI_KINDS } from './catalog/muni-kinds';
import { fromDay, toDay } from './dates';
import { DOCUMENTED, type PinnedWindow } from './fixtures/documented';
import { FIXTURE_AGENCY, FIXTURE_BONDS, FIXTURE_ENTITIES, FIXTURE_SERIES } from './fixtures/records';
import { agencySearchRow, generateAgency } from './gen/agency';
import type { GenContext } from './gen/context';
import { bondSearchRow, generateGovCorp } from './gen/govcorp';
import { generateEntities } from './gen/muni-entities';
import { generateSeries } from './gen/munis';
import { hasPrice, type PricingContext } from './market/bond-pricing';
import { Curves, ratingSpread } from './market/curves';
import { InflationSeries } from './market/inflation';
import type { TradeContext } from './market/muni-trades';
import type {
  AgencyEntry,
  DocumentedRow,
  GovCorpEntry,
  MuniEntity,
  MuniEntry,
  MuniSeries,
  PinnedData,
  PricedEntry,
} from './model';
import { hashString, mix, Rng, weightedList } from './rng';

/** How many bonds to generate per universe (documented example bonds come on top). */
export interface DatasetSizes {
  /** Government and corporate bonds. @default 2000 */
  bonds: number;
  /** US agency bonds. @default 1000 */
  agency: number;
  /** US municipal bonds. @default 5000 */
  munis: number;
}

/** The default dataset: at least 2,000 gov/corp, 1,000 agency and 5,000 municipal bonds (issue #5). */
export const DEFAULT_DATASET: Readonly<DatasetSizes> = { bonds: 2000, agency: 1000, munis: 5000 };

/** Everything the handlers serve, built once per server from the seed. */
export interface Universe {
  seed: number;
  /** Day number and date of the latest data (the last business day on or before the server's "today"). */
  dataDay: number;
  dataDate: string;
  curves: Curves;
  bonds: GovCorpEntry[];
  bondIndex: Map<string, GovCorpEntry>;
  agency: AgencyEntry[];
  agencyIndex: Map<string, AgencyEntry>;
  munis: MuniEntry[];
  muniIndex: Map<string, MuniEntry>;
  series: MuniSeries[];
  seriesById: Map<number, MuniSeries>;
  entities: MuniEntity[];
  entityById: Map<number, MuniEntity>;
  pinned: PinnedData;
  inflation: InflationSeries;
  bondPricing: PricingContext;
  agencyPricing: PricingContext;
  trades: TradeContext;
  /** Memo of last trade days for `last_traded_since`. */
  lastTrades: Map<string, number | null>;
}

function groupWindows(windows: readonly PinnedWindow[]): Map<string, PinnedWindow[]> {
  const map = new Map<string, PinnedWindow[]>();
  for (const w of windows) map.set(w.isin, [...(map.get(w.isin) ?? []), w]);
  return map;
}

function pinnedData(): PinnedData {
  const byIsin = (rows: readonly DocumentedRow[]) => new Map(rows.map((row) => [String(row.isin), row]));
  const documents = new Map<string, DocumentedRow[]>();
  for (const row of DOCUMENTED.muniDocuments) {
    documents.set(String(row.isin), [...(documents.get(String(row.isin)) ?? []), row]);
  }
  const priceToYield = new Map<string, DocumentedRow>();
  for (const item of DOCUMENTED.muniPriceToYield) {
    const trades = Array.isArray(item.trade_data) ? item.trade_data : [];
    for (const t of trades.filter(isRecord)) {
      priceToYield.set(`${String(item.isin)}|${String(t.price)}|${String(t.settlement_date)}`, t);
    }
  }
  for (const w of DOCUMENTED.muniTrades) {
    for (const t of w.rows) priceToYield.set(`${w.isin}|${String(t.price)}|${String(t.settlement_date)}`, t);
  }
  const inflation = new Map<string, Map<string, DocumentedRow>>();
  for (const { country, row } of DOCUMENTED.inflation) {
    const rows = inflation.get(country) ?? new Map<string, DocumentedRow>();
    rows.set(String(row.date), row);
    inflation.set(country, rows);
  }
  return {
    bondPricing: groupWindows(DOCUMENTED.bondPricing),
    muniTrades: groupWindows(DOCUMENTED.muniTrades),
    cashflows: byIsin([...DOCUMENTED.bondCashflows, ...DOCUMENTED.muniCashflows]),
    muniDocuments: documents,
    muniEvents: byIsin(DOCUMENTED.muniEvents),
    priceToYield,
    inflation,
  };
}

function bondOf(record: BondReference | AgencyReference): Bond | null {
  try {
    return bondFromReference(record, { fallbackDayCount: 'act/act (ICMA)' });
  } catch {
    return null;
  }
}

function documentedEntry<R extends BondReference | AgencyReference, Row>(
  reference: R,
  searchRow: Row,
  curve: string,
): PricedEntry<R, Row> {
  const bond = bondOf(reference);
  const rating = reference.composite_issue_rating ?? reference.composite_issuer_rating;
  const entry: PricedEntry<R, Row> = {
    isin: reference.isin,
    reference,
    searchRow,
    bond,
    pricing: {
      curve,
      spread: ratingSpread(rating),
      noiseKey: hashString(reference.isin),
      liquidity: 0.7,
      volume: 2e6,
    },
    firstDay: reference.issue_date ? toDay(reference.issue_date) : toDay('2015-01-01'),
    lastDay: reference.maturity_date ? toDay(reference.maturity_date) - 1 : toDay('2099-12-31'),
    documented: true,
  };
  if (reference.interest_type === 'variable rate' && typeof reference.coupon === 'number') {
    entry.pricing.level = reference.coupon;
  }
  return entry;
}

function lastPriceDate(
  ctx: PricingContext,
  dataDay: number,
  e: PricedEntry<unknown, unknown>,
): string | null {
  for (let day = Math.min(dataDay, e.lastDay); day >= Math.max(e.firstDay, dataDay - 3650); day--) {
    if (hasPrice(ctx, e, day)) return fromDay(day);
  }
  return null;
}

/** A documented `bond_search` request as the handler sees it: validated and normalised like a live one. */
function documentedBondSearch(request: unknown): OperationParams<'bond_search'> {
  const result = validateRequest('bond_search', request);
  if (!result.success)
    throw new TypeError(`Documented bond_search request is invalid: ${JSON.stringify(request)}`);
  return result.data;
}

function buildGovCorp(ctx: GenContext, target: number, pricing: PricingContext): GovCorpEntry[] {
  const documentedRows = new Map(
    conformingRows(BondSearchItem, DOCUMENTED.bondSearch, 'bond_search').map((row) => [row.isin, row]),
  );
  const documentedReferences = conformingRows(BondReference, DOCUMENTED.bondReference, 'bond_reference');
  const out: GovCorpEntry[] = [];
  for (const reference of [...documentedReferences, ...FIXTURE_BONDS]) {
    ctx.isins.add(reference.isin);
    const currency = reference.currency ?? 'EUR';
    out.push(
      documentedEntry(reference, documentedRows.get(reference.isin) ?? bondSearchRow(reference), currency),
    );
  }
  // The documented bond_search answers are whole answers (total included), so no generated bond may match them.
  const exclusive = DOCUMENTED.exclusiveSearches
    .filter((s) => s.operation === 'bond_search')
    .map((s) => documentedBondSearch(s.request));
  const filterContext = { lastTradeDate: (e: GovCorpEntry) => lastPriceDate(pricing, ctx.dataDay, e) };
  let generated = 0;
  while (generated < target) {
    const entry = generateGovCorp(ctx);
    if (exclusive.some((p) => matchesBondSearch(entry, p, filterContext))) continue;
    out.push(entry);
    generated++;
  }
  return out;
}

function buildAgency(ctx: GenContext, target: number): AgencyEntry[] {
  const documentedRows = new Map(
    conformingRows(AgencySearchItem, DOCUMENTED.agencySearch, 'agency_search').map((row) => [row.isin, row]),
  );
  const out: AgencyEntry[] = FIXTURE_AGENCY.map((reference) => {
    ctx.isins.add(reference.isin);
    const row = documentedRows.get(reference.isin) ?? agencySearchRow(reference);
    return documentedEntry(reference, row, 'USD');
  });
  for (let i = 0; i < target; i++) out.push(generateAgency(ctx));
  return out;
}

function buildMunis(ctx: GenContext, target: number): { series: MuniSeries[]; entities: MuniEntity[] } {
  const fixtureCusips = new Set(FIXTURE_ENTITIES.map((e) => e.cusip6));
  const entities = [...FIXTURE_ENTITIES, ...generateEntities(ctx.rng, 2001, fixtureCusips)];
  const issues = new Map<string, Set<string>>();
  const issuesOf = (entity: MuniEntity) => {
    const set = issues.get(entity.cusip6) ?? new Set<string>();
    issues.set(entity.cusip6, set);
    return set;
  };
  const series: MuniSeries[] = [];
  for (const [cusip6, spec] of FIXTURE_SERIES) {
    const entity = entities.find((e) => e.cusip6 === cusip6);
    if (entity) series.push(generateSeries(ctx, entity, series.length + 1, issuesOf(entity), 0, spec));
  }
  const documentedRows = new Map(
    conformingRows(MuniSearchItem, [...DOCUMENTED.muniSeries, ...DOCUMENTED.muniSearch], 'muni_search').map(
      (row) => [String(row.isin), row],
    ),
  );
  for (const s of series) {
    for (const bond of s.bonds) {
      const row = documentedRows.get(bond.isin);
      if (row) bond.searchRowOverride = row;
    }
  }
  // Documented series are whole (muni_bonds_in_series lists exactly the documented siblings), so generated series
  // go to every other issuer, busier kinds more often.
  const candidates = entities.filter((e) => !FIXTURE_SERIES.has(e.cusip6));
  const weights = weightedList(candidates.map((e) => [e, MUNI_KINDS[e.kind].activity] as const));
  let count = series.reduce((n, s) => n + s.bonds.length, 0);
  while (count < target) {
    const entity = ctx.rng.pickWeighted(weights);
    const s = generateSeries(ctx, entity, series.length + 1, issuesOf(entity), target - count);
    if (s.bonds.length === 0) continue;
    series.push(s);
    count += s.bonds.length;
  }
  return { series, entities };
}

/** Builds the whole dataset deterministically from the seed (fast: full records of munis are built on demand). */
export function buildUniverse(options: { seed: number; dataDay: number; sizes: DatasetSizes }): Universe {
  const { seed, dataDay, sizes } = options;
  const curves = new Curves(seed, dataDay);
  const pinned = pinnedData();
  const bondPricing: PricingContext = { seed, curves, pinned: pinned.bondPricing };
  const agencyPricing: PricingContext = { seed, curves, pinned: new Map() };
  const ctx: GenContext = { seed, rng: new Rng(mix(seed, 0x7e44a91)), dataDay, curves, isins: new Set() };
  const byIsin = <T extends { isin: string }>(items: T[]) => {
    items.sort((a, b) => a.isin.localeCompare(b.isin));
    return new Map(items.map((item) => [item.isin, item]));
  };
  const bonds = buildGovCorp(ctx, sizes.bonds, bondPricing);
  const agency = buildAgency(ctx, sizes.agency);
  const { series, entities } = buildMunis(ctx, sizes.munis);
  const munis = series.flatMap((s) => s.bonds);
  return {
    seed,
    dataDay,
    dataDate: fromDay(dataDay),
    curves,
    bonds,
    bondIndex: byIsin(bonds),
    agency,
    agencyIndex: byIsin(agency),
    munis,
    muniIndex: byIsin(munis),
    series,
    seriesById: new Map(series.map((s) => [s.id, s])),
    entities,
    entityById: new Map(entities.map((e) => [e.entity_id, e])),
    pinned,
    inflation: new InflationSeries(seed),
    bondPricing,
    agencyPricing,
    trades: { seed, curves, dataDay, pinned: pinned.muniTrades },
    lastTrades: new Map(),
  };
}

/** The last price date of a gov/corp or agency bond on or before the data date (for `last_trade_date_min`). */
export function lastTradeDateOf(u: Universe, e: PricedEntry<unknown, unknown>): string | null {
  return lastPriceDate(u.bondPricing, u.dataDay, e);
}
