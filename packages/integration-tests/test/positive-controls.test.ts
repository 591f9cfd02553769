import { type OperationName, operationNames } from '@terrapin/core';
import { MOCK_API_KEY } from '@terrapin/mock-server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { documentedRequests } from './support/plan';
import { type PrismProxy, startPrism } from './support/prism';
import { dropNullFromNullableEnums, loadSpec } from './support/prism-spec';
import { parseViolations } from './support/recorder';
import { type StubUpstream, startWrongUpstream } from './support/stub-upstream';

// Issue #20: the conformance gate must be able to fail. Prism (reading the same spec copy as the conformance suite)
// sits in front of an upstream that answers wrongly; every operation's wrong answer and every kind of invalid
// request must come back flagged in `sl-violations`.
let stub: StubUpstream;
let prism: PrismProxy;

beforeAll(async () => {
  stub = await startWrongUpstream();
  prism = await startPrism(stub.url);
}, 240_000);

afterAll(async () => {
  await prism?.close();
  await stub?.close();
});

/** A valid body for each operation: its first documented example, or one written here for the five without. */
const UNDOCUMENTED: Partial<Record<OperationName, unknown>> = {
  agency_cashflows: { isins: ['US3134HCZH51'] },
  muni_stats_top_issuers: { start_date: '2025-01-01', end_date: '2025-03-31', limit: 10 },
};

function validBody(operation: OperationName): unknown {
  const documented = documentedRequests().find((c) => c.operation === operation);
  if (documented) return documented.body;
  if (operation in UNDOCUMENTED) return UNDOCUMENTED[operation];
  throw new Error(`no valid body for ${operation}`);
}

interface Sent {
  status: number;
  violations: { location?: string[]; message?: string }[];
}

async function send(
  operation: string,
  body: unknown,
  headers: Record<string, string | null> = {},
): Promise<Sent> {
  const all: Record<string, string | null> = {
    authorization: `Bearer ${MOCK_API_KEY}`,
    'content-type': 'application/json',
    accept: operation === 'download_document' ? '*/*' : 'application/json',
    ...headers,
  };
  const res = await fetch(`${prism.url}/api/v1/${operation}`, {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== null)),
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  const header = res.headers.get('sl-violations');
  const parsed = header ? parseViolations(header) : [];
  // A capped header still means "violations"; the full list is in Prism's log.
  const violations =
    parsed === 'truncated' ? [{ location: ['truncated'], message: 'Too many violations!' }] : parsed;
  return { status: res.status, violations: violations as Sent['violations'] };
}

const where = (v: Sent['violations'], side: 'request' | 'response') =>
  v.filter((x) => x.location?.[0] === side || x.location?.[0] === 'truncated');

describe('positive controls: the gate reports what the spec forbids', () => {
  test('a wrong answer from upstream is reported for each of the 26 operations', async () => {
    const reported: string[] = [];
    const missed: string[] = [];
    for (const operation of operationNames) {
      const { violations } = await send(operation, validBody(operation));
      // The request is valid, so everything flagged is about the answer.
      expect.soft(where(violations, 'request'), operation).toEqual([]);
      (where(violations, 'response').length > 0 ? reported : missed).push(operation);
    }
    console.log(`bad answers reported: ${reported.length}/${operationNames.length}`);
    expect(missed).toEqual([]);
    expect(reported).toHaveLength(26);
  }, 120_000);

  test('when Prism caps its header ("Too many violations!"), the log still has every violation', async () => {
    const before = prism.violations.length;
    const { violations } = await send(
      'bond_reference',
      { isins: ['XS2724510792'] },
      { 'x-stub-rows': '200' },
    );
    expect(violations.map((v) => v.message)).toEqual(['Too many violations!']);
    await prism.settled(0);
    const logged = prism.violations.slice(before).filter((v) => v.operation === 'bond_reference');
    // Two wrong fields (isin, coupon) in each of the 200 rows.
    expect(logged.length).toBeGreaterThanOrEqual(400);
  }, 60_000);

  test('each kind of invalid request is reported (10/10)', async () => {
    const isin = 'XS2724510792';
    const cases: [string, string, unknown, Record<string, string | null>?][] = [
      ['missing required field', 'bond_reference', {}],
      ['unknown field', 'bond_reference', { isins: [isin], currency: 'EUR' }],
      ['short ISIN', 'bond_reference', { isins: ['XS272451079'] }],
      ['wrong type', 'bond_search', { coupon_min: 'high' }],
      ['bad enum', 'muni_documents', { isin: 'US002842EZ11', document_type: 'brochure' }],
      ['limit over its maximum', 'muni_entity_search', { search_query: 'Chicago', limit: 51 }],
      ['bad date', 'bond_pricing_history', { isin, start_date: '2024-13-45', end_date: '2025-01-01' }],
      ['object for array', 'bond_reference', { isins: { 0: isin } }],
      ['wrong Accept', 'bond_reference', { isins: [isin] }, { accept: 'text/html' }],
      ['no Authorization', 'bond_reference', { isins: [isin] }, { authorization: null }],
    ];
    const reported: string[] = [];
    for (const [label, operation, body, headers] of cases) {
      const { violations } = await send(operation, body, headers);
      if (where(violations, 'request').length > 0) reported.push(label);
    }
    console.log(`bad requests reported: ${reported.length}/${cases.length}`);
    expect(reported).toEqual(cases.map(([label]) => label));
  }, 60_000);
});

describe('the copy of the spec Prism reads', () => {
  test('has no null left in a nullable enum, and nothing else changed', () => {
    const spec = loadSpec();
    const removed = dropNullFromNullableEnums(spec);
    // Seven enums in three schemas today (BondReference, AgencyReference, MuniReference), used by six operations.
    expect(removed).toBeGreaterThan(0);
    expect(dropNullFromNullableEnums(spec)).toBe(0);
    const original = JSON.stringify(loadSpec());
    expect(JSON.stringify(spec).length).toBe(original.length - removed * ',null'.length);
  });
});
