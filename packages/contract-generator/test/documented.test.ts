import { describe, expect, test } from 'vitest';
import { renderDocumentedModule } from '../src/emit/documented-module';
import { DOCUMENTED_SETS, documentedRecords, windowsOf } from '../src/model/documented';
import { type Example, examplesEras } from '../src/spec/examples';

const answer = (...data: Record<string, string | number>[]) => ({ data, total: data.length });

/** One documented answer for every set, so `documentedRecords` has something for each. */
function baseline(): Example[] {
  const ops = [...new Set(DOCUMENTED_SETS.flatMap((s) => s.operations))];
  return ops.map((operation) => ({
    operation,
    id: '01',
    era: 'newest',
    request: { country: 'DE', isin: 'XS0000000001', trade_date: '2025-07-01' },
    response: answer({ isin: `${operation}-isin`, date: '2025-07-01' }),
  }));
}

describe('documented records for the mock', () => {
  test('newest version first; an older one adds only ISINs the newer ones do not document', () => {
    const examples: Example[] = [
      ...baseline().filter((e) => e.operation !== 'bond_reference'),
      {
        operation: 'bond_reference',
        id: '02',
        era: 'older',
        request: {},
        response: answer({ isin: 'B', v: 1 }),
      },
      {
        operation: 'bond_reference',
        id: '03',
        era: 'older',
        request: {},
        response: answer({ isin: 'A', v: 2 }),
      },
      {
        operation: 'bond_reference',
        id: '01',
        era: 'newest',
        request: {},
        response: answer({ isin: 'A', v: 3 }),
      },
    ];
    expect(documentedRecords(examples).bondReference).toEqual([
      { isin: 'A', v: 3 },
      { isin: 'B', v: 1 },
    ]);
  });

  test('pinned windows come from the request dates, else from the rows up to as_of_date', () => {
    const history: Example = {
      operation: 'bond_pricing_history',
      id: '02',
      era: 'newest',
      request: { isin: 'X', start_date: '2023-12-01', end_date: '2024-01-01' },
      response: answer({ date: '2023-12-22' }, { date: '2023-12-18' }),
    };
    expect(windowsOf(history)).toEqual([
      {
        isin: 'X',
        from: '2023-12-01',
        to: '2024-01-01',
        rows: [{ date: '2023-12-22' }, { date: '2023-12-18' }],
      },
    ]);
    const latest: Example = {
      operation: 'muni_pricing_latest',
      id: '01',
      era: 'newest',
      request: { as_of_date: '2025-08-11', isins: ['Y'] },
      response: answer({ isin: 'Y', trade_datetime: '2025-08-04T18:48:08' }),
    };
    expect(windowsOf(latest).map(({ from, to }) => [from, to])).toEqual([['2025-08-04', '2025-08-11']]);
  });

  test('an older window that overlaps a newer one for the same ISIN is dropped; a disjoint one is kept', () => {
    const latest = (id: string, era: Example['era'], date: string): Example => ({
      operation: 'muni_pricing_latest',
      id,
      era,
      request: { isins: ['Y'] },
      response: answer({ isin: 'Y', trade_datetime: `${date}T10:00:00` }),
    });
    const examples = [
      ...baseline().filter((e) => !e.operation.startsWith('muni_pricing')),
      latest('01', 'newest', '2025-08-04'),
      latest('02', 'older', '2025-07-18'),
      latest('03', 'older', '2025-08-04'),
    ];
    const trades = documentedRecords(examples).muniTrades as { from: string }[];
    expect(trades.map((w) => w.from)).toEqual(['2025-08-04', '2025-07-18']);
  });

  test('a set without any documented answer is an error, not an empty fixture', () => {
    expect(() => documentedRecords(baseline().filter((e) => e.operation !== 'muni_events'))).toThrow(
      /muni_events/,
    );
  });

  test('the module types every set and holds the records as data', () => {
    const source = renderDocumentedModule(documentedRecords(baseline()));
    expect(source).toContain('  muniTrades: readonly PinnedWindow[];');
    expect(source).toContain('  exclusiveSearches: readonly { operation: string; request: Row }[];');
    expect(source).toContain('"isin":"bond_search-isin"');
  });
});

describe('examples README', () => {
  test("gives each response file's era", () => {
    const readme = [
      '- `bond_reference/02.response.json` — bond_reference response; older (legacy `issuer` key)',
      '- `bond_reference/04.response.json` — bond_reference response; newest (adds rating groups)',
      '- `bond_reference/04.request.json` — bond_reference request; newest',
    ].join('\n');
    expect([...examplesEras(readme)]).toEqual([
      ['bond_reference/02', 'older'],
      ['bond_reference/04', 'newest'],
    ]);
  });
});
