import type { Example } from '../spec/examples';
import type { Json } from './node';

type Row = { readonly [key: string]: Json };

/** True for a JSON object (a documented row), not an array or a scalar. */
function isRow(value: Json | undefined): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A documented run of rows pinned to an ISIN: inside [from, to] these rows are the whole series. */
export interface PinnedWindow {
  isin: string;
  from: string;
  to: string;
  rows: Row[];
}

/**
 * Which documented answers the mock serves verbatim, and how (`packages/mock-server` `DOCUMENTED`):
 * - `records`: the rows, one per ISIN;
 * - `windows`: the rows as pinned windows (pricing histories and trades);
 * - `byCountry`: rows paired with the request's `country` (inflation factors);
 * - `requests`: the request itself — documented searches whose whole answer is reproduced, so generated bonds
 *   never match them (the muni search's example is not one: its answer contradicts its own filter).
 */
export const DOCUMENTED_SETS = [
  { key: 'bondReference', shape: 'records', operations: ['bond_reference'] },
  { key: 'bondSearch', shape: 'records', operations: ['bond_search'] },
  { key: 'bondPricing', shape: 'windows', operations: ['bond_pricing_history', 'bond_pricing_latest'] },
  { key: 'bondCashflows', shape: 'records', operations: ['bond_cashflows'] },
  { key: 'agencySearch', shape: 'records', operations: ['agency_search'] },
  { key: 'muniSearch', shape: 'records', operations: ['muni_search'] },
  { key: 'muniSeries', shape: 'records', operations: ['muni_bonds_in_series'] },
  { key: 'muniCashflows', shape: 'records', operations: ['muni_cashflows'] },
  { key: 'muniDocuments', shape: 'records', operations: ['muni_documents'] },
  { key: 'muniEntities', shape: 'records', operations: ['muni_entity_search'] },
  { key: 'muniEvents', shape: 'records', operations: ['muni_events'] },
  { key: 'muniPriceToYield', shape: 'records', operations: ['muni_price_to_yield'] },
  {
    key: 'muniTrades',
    shape: 'windows',
    operations: ['muni_pricing_history', 'muni_pricing_latest', 'muni_pricing_daily_history'],
  },
  { key: 'inflation', shape: 'byCountry', operations: ['inflation_factors'] },
  { key: 'exclusiveSearches', shape: 'requests', operations: ['bond_search'] },
] as const;

export type DocumentedSet = (typeof DOCUMENTED_SETS)[number];

export type DocumentedValue =
  | Row[]
  | PinnedWindow[]
  | { country: string; row: Row }[]
  | { operation: string; request: Json }[];

/**
 * Newest documentation version first; within an era, the later crawl (higher number) first. An older example adds
 * only what the newer ones do not document: records of other ISINs, windows that do not overlap.
 */
export function newestFirst(examples: readonly Example[]): Example[] {
  return [...examples].sort(
    (a, b) => Number(a.era === 'older') - Number(b.era === 'older') || b.id.localeCompare(a.id),
  );
}

/** The documented records of every set, keyed as `DOCUMENTED_SETS`. Pure. */
export function documentedRecords(examples: readonly Example[]): Record<string, DocumentedValue> {
  const byOperation = (names: readonly string[]) =>
    names.flatMap((name) => newestFirst(examples.filter((e) => e.operation === name && e.response)));
  return Object.fromEntries(
    DOCUMENTED_SETS.map((set) => {
      const chosen = byOperation(set.operations);
      if (!chosen.length) throw new Error(`no documented response for ${set.operations.join(', ')}`);
      return [set.key, recordsOfSet(set, chosen)];
    }),
  );
}

function recordsOfSet(set: DocumentedSet, examples: readonly Example[]): DocumentedValue {
  switch (set.shape) {
    case 'records':
      return records(examples);
    case 'windows':
      return windows(examples);
    case 'byCountry':
      return examples.flatMap((e) =>
        (e.response?.data ?? []).filter(isRow).map((row) => ({
          country: String(field(e.request, 'country')),
          row,
        })),
      );
    case 'requests':
      return examples.slice(0, 1).map((e) => ({ operation: e.operation, request: e.request }));
  }
}

const field = (value: Json, key: string): Json | undefined => (isRow(value) ? value[key] : undefined);

/** One record per ISIN: an older example adds only ISINs the newer ones do not document. */
function records(examples: readonly Example[]): Row[] {
  const documented = new Set<string>();
  return examples.flatMap((example, index) => {
    const rows = (example.response?.data ?? []).filter(isRow);
    const fresh = rows.filter((row) => {
      const isin = field(row, 'isin');
      // Records without an ISIN cannot be told apart across versions: the newest example's stand.
      return typeof isin === 'string' ? !documented.has(isin) : index === 0;
    });
    for (const row of rows) {
      const isin = field(row, 'isin');
      if (typeof isin === 'string') documented.add(isin);
    }
    return fresh;
  });
}

/** Pinned windows; an older example's window is dropped where a newer one already covers that ISIN's dates. */
function windows(examples: readonly Example[]): PinnedWindow[] {
  const out: PinnedWindow[] = [];
  for (const w of examples.flatMap(windowsOf)) {
    if (!out.some((o) => o.isin === w.isin && o.from <= w.to && w.from <= o.to)) out.push(w);
  }
  return out;
}

const rowDate = (row: Row): string =>
  String(field(row, 'date') ?? field(row, 'trade_datetime') ?? '').slice(0, 10);

/**
 * The windows one answer documents, one per ISIN (in order of first row): the request's `start_date`–`end_date`,
 * or its `trade_date`, or else from the first row's date to `as_of_date` (or the last row's date).
 */
export function windowsOf(example: Example): PinnedWindow[] {
  const request = example.request;
  const byIsin = new Map<string, Row[]>();
  for (const row of (example.response?.data ?? []).filter(isRow)) {
    const isin = String(field(row, 'isin') ?? field(request, 'isin'));
    byIsin.set(isin, [...(byIsin.get(isin) ?? []), row]);
  }
  return [...byIsin].map(([isin, rows]) => {
    const dates = rows.map(rowDate).sort();
    const start = field(request, 'start_date') ?? field(request, 'trade_date') ?? dates[0];
    const end = field(request, 'end_date') ?? field(request, 'trade_date') ?? field(request, 'as_of_date');
    return { isin, from: String(start), to: String(end ?? dates.at(-1)), rows };
  });
}
