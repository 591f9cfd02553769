import { describe, expect, test } from 'vitest';
import { emitNode } from '../src/emit/code';
import { nameShared } from '../src/model/naming';
import { call, json, type Node, ref } from '../src/model/node';
import { type Declaration, shareSchemas, usagesOf } from '../src/model/share';

const optionalNullable = (inner: Node) => call('z.optional', call('z.nullable', inner));
const str = optionalNullable(call('z.string'));
const rating = optionalNullable({ kind: 'call', callee: 'openEnum', typeArg: ['ig', 'hy'], args: [] });
const record = (fields: Record<string, Node>): Node => ({
  kind: 'object',
  factory: 'z.looseObject',
  fields: Object.entries(fields).map(([key, value]) => ({ key, value })),
});

/** Shares, names, and returns each declaration's code with the names in place. */
function shareAndName(roots: Declaration[]) {
  const { roots: out, shared } = shareSchemas(roots);
  const names = nameShared(shared, usagesOf(out, shared), new Set(roots.map((r) => r.name)));
  const named = (code: string) => code.replace(/#shared\d+/g, (id) => names.get(id) ?? id);
  return {
    roots: Object.fromEntries(out.map((d) => [d.name, named(emitNode(d.node))])),
    shared: Object.fromEntries(shared.map((s) => [names.get(s.id), named(emitNode(s.node))])),
  };
}

describe('sharing identical schemas', () => {
  test('a schema used twice is declared once, and one used once stays inline', () => {
    const { roots, shared } = shareAndName([
      { name: 'A', node: record({ name: str, only_here: call('z.array', call('z.number')) }) },
      { name: 'B', node: record({ name: str, rank: call('z.number') }) },
    ]);
    expect(shared).toEqual({ optionalNullableString: 'z.optional(z.nullable(z.string()))' });
    expect(roots.A).toBe('z.looseObject({ name: optionalNullableString, only_here: z.array(z.number()) })');
  });

  test('a bare call costs no more than a name and is never shared', () => {
    const { shared } = shareAndName([
      { name: 'A', node: record({ x: call('z.string'), y: call('z.string') }) },
      { name: 'B', node: record({ x: call('z.string'), z: call('z.string') }) },
    ]);
    expect(shared).toEqual({});
  });

  test('a record is shared whole, and a field inside it counts once however often the record is used', () => {
    const cashflow = record({ amount: optionalNullable(call('z.number')), type: rating });
    const { roots, shared } = shareAndName([
      { name: 'BondCashflows', node: record({ cashflows: call('z.array', cashflow) }) },
      { name: 'MuniCashflows', node: record({ cashflows: call('z.array', cashflow) }) },
    ]);
    expect(Object.keys(shared)).toEqual(['CashflowRecord']);
    expect(shared.CashflowRecord).toContain('type: z.optional(z.nullable(openEnum<["ig","hy"]>()))');
    expect(roots.BondCashflows).toBe('z.looseObject({ cashflows: z.array(CashflowRecord) })');
  });

  test('request objects (built by the obj factory) and schemas using components are not shared as fields', () => {
    const obj: Node = { kind: 'object', factory: 'obj', fields: [{ key: 'a', value: call('z.string') }] };
    const usesComponent = call('z.optional', ref('BondReference'));
    const { shared } = shareAndName([
      {
        name: 'a_request',
        node: {
          kind: 'object',
          factory: 'obj',
          fields: [
            { key: 'x', value: obj },
            { key: 'y', value: usesComponent },
          ],
        },
      },
      {
        name: 'b_request',
        node: {
          kind: 'object',
          factory: 'obj',
          fields: [
            { key: 'x', value: obj },
            { key: 'y', value: usesComponent },
          ],
        },
      },
    ]);
    expect(shared).toEqual({});
  });
});

describe('naming shared schemas after where they are used', () => {
  test('fields take the words their keys share', () => {
    const { shared } = shareAndName([
      { name: 'BondReference', node: record({ issue_rating_group: rating, issuer_rating_group: rating }) },
      { name: 'MuniSearchItem', node: record({ rating_group: rating, x: call('z.string') }) },
    ]);
    expect(Object.keys(shared)).toEqual(['ratingGroup']);
  });

  test("owners' shared leading words qualify a field (muni_stats_*), and a lone word takes its kind", () => {
    const types = call('z.optional', call('z.array', call('z.enum', json(['cab', 'fixed']))));
    const isin = { kind: 'check', target: call('z.string'), checks: [call('z.length', json(12))] } as const;
    const { shared } = shareAndName([
      { name: 'muni_stats_trade_activity_request', node: record({ interest_types: types, isin }) },
      { name: 'muni_stats_top_issuers_request', node: record({ interest_types: types }) },
      { name: 'bond_reference_request', node: record({ isin }) },
    ]);
    expect(Object.keys(shared).sort()).toEqual(['isinString', 'muniStatsInterestTypes']);
  });

  test('records take the singular of the array they are items of, or the words their operations share', () => {
    const row = record({ price: str, date: str });
    const { shared } = shareAndName([
      { name: 'AgencyPricingLatestItem', node: row },
      { name: 'AgencyPricingHistoryItem', node: row },
      { name: 'X', node: record({ events: call('z.array', record({ a: rating, b: rating })) }) },
      { name: 'Y', node: record({ events: call('z.array', record({ a: rating, b: rating })) }) },
    ]);
    expect(Object.keys(shared)).toEqual(expect.arrayContaining(['AgencyPricingRecord', 'EventRecord']));
  });

  test('keys that share no word fall back to the structure and its checks', () => {
    const count = call('z.optional', {
      kind: 'check',
      target: call('int'),
      checks: [call('z.gte', json(0))],
    });
    const { shared } = shareAndName([{ name: 'a_request', node: record({ limit: count, offset: count }) }]);
    expect(Object.keys(shared)).toEqual(['optionalNonNegativeInt']);
  });

  test('a name already taken elsewhere in the module is never reused', () => {
    const { roots, shared } = shareAndName([
      { name: 'ratingGroup', node: record({ rating_group: rating, other_rating_group: rating }) },
    ]);
    expect(Object.keys(shared)).toHaveLength(1);
    expect(Object.keys(shared)[0]).not.toBe('ratingGroup');
    expect(roots.ratingGroup).toContain(Object.keys(shared)[0]);
  });
});

describe('one level of names', () => {
  test('where a part is also used on its own, the part is shared and the whole is not', () => {
    const isin: Node = { kind: 'check', target: call('z.string'), checks: [call('z.length', json(12))] };
    const { roots, shared } = shareAndName([
      { name: 'a_request', node: record({ isins: call('z.array', isin), isin }) },
      { name: 'b_request', node: record({ isins: call('z.array', isin) }) },
    ]);
    expect(Object.keys(shared)).toEqual(['isinString']);
    expect(roots.b_request).toBe('z.looseObject({ isins: z.array(isinString) })');
  });
});
