import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { operationDocs } from '../../src/docs/index';
import { type AnyOperation, type OperationName, operationNames, operations } from '../../src/index';
import { loadExamples, specDir } from '../fixtures';

const spec = parse(readFileSync(join(specDir, 'openapi.yaml'), 'utf8')) as { paths: Record<string, unknown> };
const examples = loadExamples();
const table = operations as unknown as Record<string, AnyOperation>;

describe('operations table', () => {
  it('has an entry for every operation of the spec, and nothing else', () => {
    const specNames = Object.keys(spec.paths).map((p) => p.replace('/api/v1/', ''));
    expect(specNames.length).toBeGreaterThanOrEqual(26);
    expect(Object.keys(operations).sort()).toEqual([...specNames].sort());
    expect([...operationNames].sort()).toEqual([...specNames].sort());
  });

  it('derives the facts the machinery needs from the spec', () => {
    expect(operations.bond_reference).toMatchObject({
      path: '/api/v1/bond_reference',
      namespace: 'bonds',
      method: 'reference',
      consumesQuota: true,
      paginated: false,
      isinField: 'isins',
    });
    expect(operations.bond_pricing_history).toMatchObject({ isinField: 'isin', consumesQuota: true });
    expect(operations.muni_search).toMatchObject({
      namespace: 'munis',
      method: 'search',
      paginated: true,
      consumesQuota: false,
    });
    expect(operations.muni_entity_search).toMatchObject({
      method: 'entitySearch',
      paginated: false,
      hasLimit: true,
    });
    expect(operations.muni_stats_trade_activity.method).toBe('statsTradeActivity');
    expect(operations.inflation_factors).toMatchObject({ namespace: null, method: 'inflationFactors' });
    expect(operations.convert_to_isin).toMatchObject({ namespace: null, method: 'convertToIsin' });
    expect(operations.download_document).toMatchObject({
      namespace: null,
      method: 'downloadDocument',
      item: null,
    });
    expect(operations.download_document.response).toEqual({ kind: 'binary' });
    expect(operations.muni_price_to_yield.bodyIsArray).toBe(true);
    expect(operations.bond_pricing_history.requiredFields).toEqual(['end_date', 'isin', 'start_date']);
    expect(operations.bond_search.requiredFields).toEqual([]);
    expect(operations.download_document.requiredFields).toEqual(['file_id']);
    const quotaOps = Object.values(table)
      .filter((op) => op.consumesQuota)
      .map((op) => op.name);
    expect(quotaOps.sort()).toEqual(
      [
        'agency_cashflows',
        'agency_pricing_history',
        'agency_pricing_latest',
        'agency_reference',
        'bond_cashflows',
        'bond_pricing_history',
        'bond_pricing_latest',
        'bond_reference',
        'muni_cashflows',
        'muni_pricing_history',
        'muni_pricing_latest',
        'muni_reference',
      ].sort(),
    );
  });
});

describe('operation docs (@terrapin/core/docs)', () => {
  it('document every operation, apart from the runtime table', () => {
    expect(Object.keys(operationDocs).sort()).toEqual([...operationNames].sort());
    expect(operationDocs.bond_search.summary).toBe('Government and corporate bond search');
    expect(operationDocs.bond_search.fields.find((f) => f.name === 'coupon_min')).toMatchObject({
      type: 'number',
      required: false,
      description: 'Lower bound on coupon (percent).',
    });
    for (const name of operationNames) {
      const required = operationDocs[name].fields.filter((f) => f.required).map((f) => f.name);
      expect(required, name).toEqual([...(table[name] as AnyOperation).requiredFields]);
      expect(table[name], name).not.toHaveProperty('fields');
      expect(table[name], name).not.toHaveProperty('summary');
    }
  });
});

describe('documented examples', () => {
  const responses = examples.filter((e) => e.kind === 'response');
  const requests = examples.filter((e) => e.kind === 'request');

  it('exist for requests and responses', () => {
    expect(requests.length).toBeGreaterThanOrEqual(30);
    expect(responses.length).toBeGreaterThanOrEqual(26);
  });

  it.each(responses.map((e) => [e.file, e] as const))('response %s parses losslessly', (_file, example) => {
    const op = table[example.operation] as AnyOperation;
    const schema = op.response as { parse(v: unknown): unknown };
    expect(schema.parse(example.body)).toEqual(example.body);
  });

  it.each(requests.map((e) => [e.file, e] as const))(
    'request %s is valid, also in strict mode',
    (_file, example) => {
      const op = table[example.operation] as AnyOperation;
      expect(op.request.safeParse(example.body).success).toBe(true);
      expect(op.strictRequest.safeParse(example.body).success).toBe(true);
    },
  );
});

// Tolerance rules (DESIGN.md "Schema rules"): applied to every documented response.
function mapRecords(
  value: unknown,
  fn: (record: Record<string, unknown>) => Record<string, unknown>,
): unknown {
  if (Array.isArray(value)) return value.map((v) => mapRecords(v, fn));
  if (typeof value === 'object' && value !== null) {
    const mapped = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapRecords(v, fn)]));
    return fn(mapped);
  }
  return value;
}

describe('responses tolerate drift', () => {
  const responses = examples.filter((e) => e.kind === 'response');
  const parse = (name: string, body: unknown) =>
    (
      (table[name] as AnyOperation).response as {
        safeParse(v: unknown): { success: boolean; data?: unknown };
      }
    ).safeParse(body);

  it.each(responses.map((e) => [e.file, e] as const))(
    '%s: unknown keys are kept at every level',
    (_f, example) => {
      const body = example.body as { data: unknown[]; total: number };
      const mutated = {
        ...body,
        data: mapRecords(body.data, (r) => ({ ...r, brand_new_field: { x: 1 } })),
        extra: true,
      };
      const result = parse(example.operation, mutated);
      expect(result.success).toBe(true);
      expect(result.data).toEqual(mutated);
    },
  );

  it.each(responses.map((e) => [e.file, e] as const))(
    '%s: every field but isin may be null',
    (_f, example) => {
      const body = example.body as { data: unknown[]; total: number };
      const nulled = {
        ...body,
        data: mapRecords(body.data, (r) =>
          Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'isin' ? v : null])),
        ),
      };
      expect(parse(example.operation, nulled).success).toBe(true);
    },
  );

  it.each(responses.map((e) => [e.file, e] as const))('%s: unseen enum strings parse', (_f, example) => {
    const body = example.body as { data: unknown[]; total: number };
    const renamed = {
      ...body,
      data: mapRecords(body.data, (r) =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && k !== 'isin' ? `${v}-v2` : v]),
        ),
      ),
    };
    expect(parse(example.operation, renamed).success).toBe(true);
  });

  it('accepts both documented forms of drifting fields', () => {
    const ok = (name: OperationName, row: Record<string, unknown>) =>
      expect(parse(name, { data: [{ isin: 'XS2724510792', ...row }], total: 1 }).success).toBe(true);
    ok('bond_reference', { issuer: 'Old Name' });
    ok('bond_reference', { issuer_name: 'New Name' });
    ok('muni_reference', { coupon: 5 });
    ok('muni_reference', { interest_rate: 5 });
    ok('muni_reference', { interest_rate: { benchmark: 'SOFR', spread_in_bps: 35 } });
    ok('muni_search', { rating: 'AA' });
    ok('muni_search', { rating_group: 'investment_grade' });
    ok('bond_cashflows', { cashflows: [{ amount: 2.5, date: '2030-01-01', type: 'interest' }] });
    ok('bond_cashflows', { amount: 2.5, date: '2030-01-01', type: 'interest' });
  });

  it('accepts a null isin only where the spec says nullable (convert_to_isin)', () => {
    expect(parse('convert_to_isin', { data: [{ input: '12345678X', isin: null }], total: 1 }).success).toBe(
      true,
    );
    expect(parse('bond_reference', { data: [{ isin: null }], total: 1 }).success).toBe(false);
  });

  it('rejects a response that is not the envelope', () => {
    expect(parse('bond_reference', { data: 'nope', total: 1 }).success).toBe(false);
    expect(parse('bond_reference', { rows: [] }).success).toBe(false);
    expect(parse('bond_reference', { data: [{ coupon: 'high' }], total: 1 }).success).toBe(false);
  });
});
