import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type OperationName, operations, validateResponse } from '../../src/index';
import { loadExamples } from '../fixtures';

const responses = loadExamples().filter((e) => e.kind === 'response');

type Schema = { safeParse(v: unknown): { success: boolean; data?: unknown } };
const schemaOf = (name: string) => (operations[name as OperationName] as { response: Schema }).response;

describe('validateResponse', () => {
  it.each(responses.map((e) => [e.file, e] as const))(
    'accepts the documented %s unchanged',
    (_f, example) => {
      const result = validateResponse(example.operation as OperationName, example.body);
      expect(result).toEqual({ success: true, data: example.body });
    },
  );

  it('names the bad field with a JSON pointer', () => {
    const body = {
      data: [
        { isin: 'US0378331005', coupon: 2.5 },
        { isin: 'US5949181045', coupon: 'high' },
      ],
      total: 2,
    };
    const result = validateResponse('bond_reference', body);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toEqual([expect.objectContaining({ source: { pointer: '/data/1/coupon' } })]);
  });

  it('keeps fields the contract does not know, and accepts nulls', () => {
    const body = {
      data: [{ isin: 'US0378331005', coupon: null, brand_new_field: { x: 1 } }],
      total: 1,
      page: 1,
    };
    expect(validateResponse('bond_reference', body)).toEqual({ success: true, data: body });
  });

  it('rejects a body without the envelope', () => {
    expect(validateResponse('bond_reference', [{ isin: 'US0378331005' }]).success).toBe(false);
    expect(validateResponse('bond_reference', { data: [] }).success).toBe(false);
  });

  it('explains that download_document has no JSON schema', () => {
    expect(validateResponse('download_document', {})).toEqual({
      success: false,
      errors: [expect.objectContaining({ detail: 'download_document answers with bytes, not JSON' })],
    });
  });
});

// The fast path must never accept what the schema rejects, nor return anything other than what zod would: checked
// against zod itself on documented examples with one value anywhere replaced, removed or retyped.
describe('validateResponse agrees with the response schema', () => {
  type Path = (string | number)[];
  const pathsOf = (value: unknown, path: Path = []): Path[] => {
    if (typeof value !== 'object' || value === null) return [path];
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    return [path, ...entries.flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  };
  const replaced = (value: unknown, path: Path, next: unknown, remove: boolean): unknown => {
    if (!path.length) return next;
    const [head, ...rest] = path as [string | number, ...Path];
    const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
      string | number,
      unknown
    >;
    if (remove && !rest.length) delete copy[head];
    else copy[head] = replaced(copy[head], rest, next, remove);
    return copy;
  };
  const cases = responses.map((e) => ({ ...e, paths: pathsOf(e.body) }));
  const mutation = fc.constantFrom(...cases).chain((example) =>
    fc.record({
      example: fc.constant(example),
      path: fc.constantFrom(...example.paths),
      value: fc.oneof(
        fc.string(),
        fc.double(),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.jsonValue(), { maxLength: 3 }),
        fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
      ),
      remove: fc.boolean(),
    }),
  );

  it('on 5,000 mutated documented responses', () => {
    fc.assert(
      fc.property(mutation, ({ example, path, value, remove }) => {
        const body = replaced(example.body, path, value, remove);
        const expected = schemaOf(example.operation).safeParse(body);
        const actual = validateResponse(example.operation as OperationName, body);
        expect(actual.success).toBe(expected.success);
        if (actual.success) expect(actual.data).toEqual(expected.data);
      }),
      { numRuns: 5000, seed: 20261128 },
    );
  });
});

describe('validateResponse on many rows whose keys come in different orders', () => {
  // The check remembers the key order of earlier rows (one serialiser writes every row alike) and reads codes by
  // position while a row repeats it. Rows here are documented rows with their keys reordered, some dropped and some
  // values replaced, in runs of one order and in mixed orders: the verdict must stay zod's for every body.
  const withRows = responses.filter(
    (e) =>
      Array.isArray((e.body as { data?: unknown }).data) && (e.body as { data: unknown[] }).data.length > 0,
  );
  const rowOf = (e: (typeof withRows)[number]) => (e.body as { data: Record<string, unknown>[] }).data[0]!;
  const variant = (row: Record<string, unknown>) =>
    fc.record({
      order: fc.shuffledSubarray(Object.keys(row), { minLength: Object.keys(row).length - 2 }),
      edit: fc.option(
        fc.record({
          at: fc.nat(),
          value: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)),
        }),
      ),
    });
  const build = (
    row: Record<string, unknown>,
    v: { order: string[]; edit: { at: number; value: unknown } | null },
  ) => {
    const out: Record<string, unknown> = {};
    for (const key of v.order) out[key] = row[key];
    if (v.edit && v.order.length) out[v.order[v.edit.at % v.order.length]!] = v.edit.value;
    return out;
  };
  const body = fc.constantFrom(...withRows).chain((example) =>
    fc.record({
      example: fc.constant(example),
      // Runs of identical rows (the common case), then rows that each pick their own order.
      runs: fc.array(
        fc.record({ variant: variant(rowOf(example)), length: fc.integer({ min: 1, max: 6 }) }),
        {
          minLength: 1,
          maxLength: 5,
        },
      ),
    }),
  );

  it('agrees with the schema on 1,000 multi-row bodies', () => {
    fc.assert(
      fc.property(body, ({ example, runs }) => {
        const row = rowOf(example);
        const data = runs.flatMap((run) => Array.from({ length: run.length }, () => build(row, run.variant)));
        const candidate = { ...(example.body as object), data };
        const expected = schemaOf(example.operation).safeParse(candidate);
        const actual = validateResponse(example.operation as OperationName, candidate);
        expect(actual.success).toBe(expected.success);
      }),
      { numRuns: 1000, seed: 20261205 },
    );
  });

  it('a wrong value in a row that repeats the remembered order is still refused, with its pointer', () => {
    const example = withRows.find((e) => e.operation === 'bond_reference')!;
    const row = rowOf(example);
    const numeric = Object.keys(row).find((k) => typeof row[k] === 'number')!;
    const data = [row, row, row, { ...row, [numeric]: 'not a number' }];
    const result = validateResponse('bond_reference', { ...(example.body as object), data });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors[0]?.source?.pointer).toBe(`/data/3/${numeric}`);
  });
});

describe('validateResponse on nested optional/nullable fields', () => {
  // Optional/nullable wrappers are flags of a field's code: only the innermost schema (an array, an object) is
  // checked, and arrays of primitives are checked inline. Rows repeat one key order, so the rows after the first
  // are checked by position: a bad value deep inside must still be refused, with zod's pointer.
  const row = (fields: Record<string, unknown> = {}) => ({
    isin: 'US0000000000',
    advisors: ['Acme Advisors'],
    coupon_payment_months: [5, 11],
    interest_payment_schedule: [
      {
        interest_type: 'fixed rate',
        payment_date: { day: 15, month: 5, year: 2016 },
        periodic_schedule: { period_amount: 6, period_type: 'month', until: '2035-11-15' },
      },
    ],
    coupon: 5,
    ...fields,
  });
  const check = (last: Record<string, unknown>) => {
    const data = [row(), row(), row(), row(last)];
    return validateResponse('muni_reference', { data, total: data.length });
  };
  const pointerOf = (result: ReturnType<typeof check>) =>
    result.success ? undefined : result.errors[0]?.source?.pointer;
  const schedule = (entry: Record<string, unknown>) => ({
    interest_payment_schedule: [row().interest_payment_schedule[0], entry],
  });

  it('accepts null or absent at every optional/nullable level', () => {
    for (const last of [
      { interest_payment_schedule: null },
      { interest_payment_schedule: undefined },
      { interest_payment_schedule: [] },
      schedule({ payment_date: null, periodic_schedule: null }),
      schedule({ payment_date: { day: null } }),
      schedule({}),
      { advisors: null, coupon_payment_months: [] },
    ]) {
      expect(check(last).success).toBe(true);
    }
    const { interest_payment_schedule: _, ...without } = row();
    const data = [row(), row(), without, without];
    expect(validateResponse('muni_reference', { data, total: 4 }).success).toBe(true);
  });

  it('refuses a wrong value inside an array of objects, with its pointer', () => {
    const wrongDay = check(schedule({ payment_date: { day: 'fifteenth', month: 5 } }));
    expect(pointerOf(wrongDay)).toBe('/data/3/interest_payment_schedule/1/payment_date/day');
    const wrongPeriod = check(schedule({ periodic_schedule: { period_amount: '6' } }));
    expect(pointerOf(wrongPeriod)).toBe(
      '/data/3/interest_payment_schedule/1/periodic_schedule/period_amount',
    );
  });

  it('refuses what the wrappers do not allow', () => {
    // The elements of the array are not nullable, nor is the object the array holds a primitive.
    expect(pointerOf(check({ interest_payment_schedule: [null] }))).toBe(
      '/data/3/interest_payment_schedule/0',
    );
    expect(pointerOf(check({ interest_payment_schedule: ['fixed rate'] }))).toBe(
      '/data/3/interest_payment_schedule/0',
    );
    expect(pointerOf(check({ interest_payment_schedule: { interest_type: 'fixed rate' } }))).toBe(
      '/data/3/interest_payment_schedule',
    );
    expect(pointerOf(check(schedule({ payment_date: [] })))).toBe(
      '/data/3/interest_payment_schedule/1/payment_date',
    );
  });

  it('refuses a wrong element in an array of primitives, with its pointer', () => {
    expect(pointerOf(check({ advisors: ['Acme Advisors', 3] }))).toBe('/data/3/advisors/1');
    expect(pointerOf(check({ coupon_payment_months: [5, null] }))).toBe('/data/3/coupon_payment_months/1');
    expect(pointerOf(check({ coupon_payment_months: [5, Number.NaN] }))).toBe(
      '/data/3/coupon_payment_months/1',
    );
    expect(pointerOf(check({ advisors: 'Acme Advisors' }))).toBe('/data/3/advisors');
  });

  it('checks a key a row has beyond the remembered order', () => {
    // The first rows have no `series`: the last one adds it at the end, with the wrong type.
    expect(pointerOf(check({ series: 7 }))).toBe('/data/3/series');
    expect(check({ series: '2016A' }).success).toBe(true);
  });
});

describe('validateResponse on objects wider than the order memory', () => {
  // Only the first 512 keys of a row would fit in the remembered order: such a row is not remembered, so a later
  // body holding just those keys cannot pass without the required fields that came after them.
  const wide = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`extra_${i}`, i]));
  const prefix = Object.fromEntries(Object.entries(wide).slice(0, 512));

  it('remembers nothing of a wide body that would vouch for missing required fields', () => {
    const full = { ...wide, data: [], total: 0 };
    // Enough bodies in that order for the check to learn it (the envelope's memory outlives one answer).
    for (let i = 0; i < 8; i++)
      expect(validateResponse('bond_reference', full)).toEqual({ success: true, data: full });
    expect(validateResponse('bond_reference', prefix).success).toBe(false);
    expect(validateResponse('bond_reference', { ...prefix, data: [] }).success).toBe(false);
    expect(validateResponse('bond_reference', full).success).toBe(true);
  });

  it('checks every field of wide rows', () => {
    const isin = 'US0378331005';
    const data = [1, 2, 'x'].map((coupon) => ({ ...wide, isin, coupon }));
    const result = validateResponse('bond_reference', { data, total: 3 });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors[0]?.source?.pointer).toBe('/data/2/coupon');
  });
});
