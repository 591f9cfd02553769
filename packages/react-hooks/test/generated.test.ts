import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { operationNames, operations } from '@terrapin/core';
import { describe, expect, it } from 'vitest';
import { generatedFiles, generatedHookNames, generatedOptionsNames } from '../scripts/render-generated';
import * as hooks from '../src/hooks.generated';
import * as index from '../src/index';
import * as generatedOptions from '../src/options/operations.generated';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The hook of each operation, as DESIGN.md and issue 6 name them. */
const expectedHooks = {
  bond_search: 'useBondSearch',
  bond_reference: 'useBondReference',
  bond_pricing_latest: 'useBondPricingLatest',
  bond_pricing_history: 'useBondPricingHistory',
  bond_cashflows: 'useBondCashflows',
  inflation_factors: 'useInflationFactors',
  agency_search: 'useAgencySearch',
  agency_reference: 'useAgencyReference',
  agency_pricing_latest: 'useAgencyPricingLatest',
  agency_pricing_history: 'useAgencyPricingHistory',
  agency_cashflows: 'useAgencyCashflows',
  muni_search: 'useMuniSearch',
  muni_entity_search: 'useMuniEntitySearch',
  muni_reference: 'useMuniReference',
  muni_pricing_latest: 'useMuniPricingLatest',
  muni_pricing_history: 'useMuniPricingHistory',
  muni_pricing_daily_history: 'useMuniPricingDailyHistory',
  muni_price_to_yield: 'useMuniPriceToYield',
  muni_cashflows: 'useMuniCashflows',
  muni_documents: 'useMuniDocuments',
  muni_bonds_in_series: 'useMuniBondsInSeries',
  muni_events: 'useMuniEvents',
  muni_stats_trade_activity: 'useMuniStatsTradeActivity',
  muni_stats_top_issuers: 'useMuniStatsTopIssuers',
  convert_to_isin: 'useConvertToIsin',
  download_document: 'useDownloadDocument',
} as const;

describe('hooks generated from the operations table', () => {
  it('has one hook per operation (26), named use + universe + method', () => {
    expect(Object.keys(expectedHooks).sort()).toEqual([...operationNames].sort());
    for (const [operation, hook] of Object.entries(expectedHooks)) {
      expect(typeof (index as Record<string, unknown>)[hook], `${operation} → ${hook}`).toBe('function');
    }
    expect(Object.keys(expectedHooks)).toHaveLength(26);
  });

  it('the generated module exports exactly the table-derived list: plain + Suspense for each JSON operation, Infinite for paged searches', () => {
    const table = Object.values(operations);
    const json = table.filter((op) => op.name !== 'download_document');
    const expected = json.flatMap((op) => {
      const base = expectedHooks[op.name];
      return op.paginated ? [base, `${base}Suspense`, `${base}Infinite`] : [base, `${base}Suspense`];
    });
    expect(Object.keys(hooks).sort()).toEqual([...expected].sort());
    expect(generatedHookNames()).toEqual(expected);
    expect(Object.keys(hooks).filter((name) => name.endsWith('Infinite'))).toEqual(
      expect.arrayContaining(['useBondSearchInfinite', 'useAgencySearchInfinite', 'useMuniSearchInfinite']),
    );
    expect(Object.keys(hooks).filter((name) => name.endsWith('Infinite'))).toHaveLength(3);
  });

  it('exports one options factory per JSON operation, plus infinite options for paged searches', () => {
    const factories = Object.keys(generatedOptions).filter((name) => name.endsWith('Options'));
    expect(factories.sort()).toEqual([...generatedOptionsNames()].sort());
    expect(factories).toHaveLength(25 + 3);
    expect(factories).toContain('bondSearchOptions');
    expect(factories).toContain('muniStatsTopIssuersOptions');
    expect(factories).toContain('convertToIsinOptions');
  });

  it('the committed generated files are fresh (regenerate: node scripts/generate.mjs)', () => {
    for (const [file, render] of Object.entries(generatedFiles)) {
      expect(readFileSync(join(root, file), 'utf8'), file).toBe(render());
    }
  });
});
