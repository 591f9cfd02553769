import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DOCUMENTED } from '../src/data/fixtures/documented';
import { USE_OF_FUNDS } from '../src/data/fixtures/taxonomy';

// The package ships copies of the documented records and the taxonomy (a published package cannot read spec/);
// these tests fail as soon as a copy drifts from the repo's spec.
const SPEC = join(import.meta.dirname, '../../../spec');
const read = (file: string) => JSON.parse(readFileSync(join(SPEC, file), 'utf8'));
const data = (file: string) => read(`examples/${file}`).data as Record<string, unknown>[];

describe('fixtures copied from spec/', () => {
  test('documented records equal the newest documented examples', () => {
    expect(DOCUMENTED.bondReference).toEqual([
      ...data('bond_reference/04.response.json'),
      ...data('bond_reference/02.response.json'),
    ]);
    expect(DOCUMENTED.bondSearch).toEqual(data('bond_search/02.response.json'));
    expect(DOCUMENTED.bondPricing.map((w) => w.rows)).toEqual([
      data('bond_pricing_history/02.response.json'),
      data('bond_pricing_latest/03.response.json'),
    ]);
    expect(DOCUMENTED.bondCashflows).toEqual(data('bond_cashflows/02.response.json'));
    expect(DOCUMENTED.agencySearch).toEqual(data('agency_search/01.response.json'));
    expect(DOCUMENTED.muniSearch).toEqual(data('muni_search/04.response.json'));
    expect(DOCUMENTED.muniSeries).toEqual(data('muni_bonds_in_series/01.response.json'));
    expect(DOCUMENTED.muniCashflows).toEqual(data('muni_cashflows/01.response.json'));
    expect(DOCUMENTED.muniDocuments).toEqual(data('muni_documents/02.response.json'));
    expect(DOCUMENTED.muniEntities).toEqual(data('muni_entity_search/01.response.json'));
    expect(DOCUMENTED.muniEvents).toEqual(data('muni_events/01.response.json'));
    expect(DOCUMENTED.muniPriceToYield).toEqual(data('muni_price_to_yield/01.response.json'));
    expect(DOCUMENTED.muniTrades.flatMap((w) => w.rows)).toEqual([
      ...data('muni_pricing_history/02.response.json'),
      ...data('muni_pricing_latest/01.response.json'),
      ...data('muni_pricing_latest/02.response.json'),
      ...data('muni_pricing_daily_history/02.response.json'),
    ]);
    expect(DOCUMENTED.inflation.map((i) => i.row)).toEqual(data('inflation_factors/01.response.json'));
    expect(DOCUMENTED.exclusiveSearches[0]?.request).toEqual(read('examples/bond_search/02.request.json'));
  });

  test('pinned windows cover their documented dates', () => {
    for (const w of [...DOCUMENTED.bondPricing, ...DOCUMENTED.muniTrades]) {
      for (const row of w.rows) {
        const date = String(row.date ?? row.trade_datetime).slice(0, 10);
        expect(date >= w.from && date <= w.to, `${w.isin} ${date}`).toBe(true);
      }
    }
  });

  test('the use-of-funds taxonomy equals spec/use-of-funds-taxonomy.json', () => {
    const spec = read('use-of-funds-taxonomy.json');
    expect(USE_OF_FUNDS).toEqual(spec.inferred_hierarchy);
    const leaves = Object.values(USE_OF_FUNDS).flatMap((categories) => Object.values(categories).flat());
    expect(new Set(leaves)).toEqual(new Set(spec.uses_of_proceeds));
  });
});
