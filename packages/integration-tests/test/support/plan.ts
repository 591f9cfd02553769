import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OperationName, operationNames, operations } from '@terrapin/core';
import { MOCK_API_KEY } from '@terrapin/mock-server';
import { loadSpec } from './prism-spec';

/** One call of the conformance run. */
export interface PlannedCall {
  operation: OperationName;
  /** Why it is in the plan (`example 02`, `paging`, `fault 503`, …). */
  label: string;
  body: unknown;
  /** `'csv'` asks for `Accept: text/csv` (only where the operation declares it). */
  accept?: 'csv';
  /** `x-mock-fault` for this call. */
  fault?: string;
  /** Send a revoked key (401). */
  badKey?: boolean;
}

const EXAMPLES_DIR = fileURLToPath(new URL('../../../../spec/examples/', import.meta.url));
const FAULTS = ['429', '500', '502', '503', '504'] as const;
/** ISINs per batch call: the SDK's default chunk (CONTRACT.md §5), so one HTTP request each. */
const BATCH = 100;

/** Every documented request example: `spec/examples/<op>/*.request.json`, then the spec's own requestBody example. */
export function documentedRequests(): PlannedCall[] {
  const spec = loadSpec() as {
    paths: Record<string, { post?: { requestBody?: { content?: Record<string, { example?: unknown }> } } }>;
  };
  const calls: PlannedCall[] = [];
  for (const operation of operationNames) {
    const dir = join(EXAMPLES_DIR, operation);
    let files: string[] = [];
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.request.json'));
    } catch {
      files = [];
    }
    for (const file of files.sort()) {
      calls.push({
        operation,
        label: `example ${file}`,
        body: JSON.parse(readFileSync(join(dir, file), 'utf8')),
      });
    }
    const op = spec.paths[`/api/v1/${operation}`]?.post;
    const example = op?.requestBody?.content?.['application/json']?.example;
    if (example !== undefined) calls.push({ operation, label: 'spec requestBody example', body: example });
  }
  return calls;
}

async function rowsOf(mockUrl: string, operation: string, body: unknown): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${mockUrl}/api/v1/${operation}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${MOCK_API_KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${operation} answered ${res.status} while planning`);
  return ((await res.json()) as { data: Record<string, unknown>[] }).data;
}

/** `n` ISINs spread over `rows` (every k-th), so batches mix outstanding, matured and odd bonds. */
function spread(rows: Record<string, unknown>[], n: number): string[] {
  const step = Math.max(1, Math.floor(rows.length / n));
  return rows
    .filter((_, i) => i % step === 0)
    .slice(0, n)
    .map((r) => String(r.isin));
}

/**
 * The whole run: documented examples, paging, filters, `full_reference_data`, CSV where declared, 100-ISIN batches
 * over each universe, long histories, and for every operation one server fault and one 401. ISINs and file keys are
 * read from the mock directly (not through Prism) so the plan itself is not checked traffic.
 */
export async function buildPlan(mockUrl: string, dataDate: string): Promise<PlannedCall[]> {
  const plan = documentedRequests();
  const add = (operation: OperationName, label: string, body: unknown, extra: Partial<PlannedCall> = {}) =>
    plan.push({ operation, label, body, ...extra });

  const bonds = await rowsOf(mockUrl, 'bond_search', { include_non_outstanding: true, limit: 1000 });
  const agency = await rowsOf(mockUrl, 'agency_search', { limit: 1000 });
  const munis = await rowsOf(mockUrl, 'muni_search', { limit: 1000, include_bonds_without_os: true });
  const bondBatch = spread(bonds, BATCH);
  const agencyBatch = spread(agency, BATCH);
  const muniBatch = spread(munis, BATCH);

  // Paging, filters and full reference data on the three searches.
  for (const offset of [0, 50, 100]) add('bond_search', `paging offset ${offset}`, { limit: 50, offset });
  add('bond_search', 'count only', { limit: 0 });
  add('bond_search', 'filters', {
    countries: ['Germany', 'France'],
    currencies: ['EUR'],
    coupon_min: 0,
    coupon_max: 5,
    maturity_date_min: dataDate,
  });
  add('bond_search', 'full_reference_data', { full_reference_data: true, limit: 300 });
  add('bond_search', 'full_reference_data, matured included', {
    full_reference_data: true,
    include_non_outstanding: true,
    limit: 200,
    offset: 200,
  });
  for (const offset of [0, 40]) add('agency_search', `paging offset ${offset}`, { limit: 40, offset });
  add('agency_search', 'filters', { is_callable: true, coupon_min: 1, sort: '-maturity_date', limit: 100 });
  add('agency_search', 'unknown sort key (server-side 422)', { sort: 'no_such_field' });
  for (const offset of [0, 25]) add('muni_search', `paging offset ${offset}`, { limit: 25, offset });
  add('muni_search', 'no filters', {});
  add('agency_search', 'full_reference_data', { full_reference_data: true, limit: 100 });
  add('muni_search', 'full_reference_data', { full_reference_data: true, limit: 200 });
  add('muni_search', 'filters', { interest_types: ['fixed rate'], is_insured: false, limit: 100 });
  add('muni_entity_search', 'limit at its maximum', { search_query: 'county', limit: 50 });

  // 100-ISIN batches, and the per-ISIN operations over long windows (matured bonds included).
  add('bond_reference', 'batch 100', { isins: bondBatch });
  add('bond_pricing_latest', 'batch 100', { isins: bondBatch });
  add('bond_cashflows', 'batch 100', { isins: bondBatch });
  add('agency_reference', 'batch 100', { isins: agencyBatch });
  add('agency_pricing_latest', 'batch 100', { isins: agencyBatch });
  add('agency_cashflows', 'batch 100', { isins: agencyBatch });
  add('muni_reference', 'batch 100', { isins: muniBatch });
  add('muni_pricing_latest', 'batch 100', { isins: muniBatch });
  add('muni_cashflows', 'batch 100', { isins: muniBatch });
  add('muni_events', 'batch 100', { isins: muniBatch });
  add('convert_to_isin', 'batch 100', { identifiers: muniBatch.map((isin) => isin.slice(2, 11)) });
  for (const isin of bondBatch.slice(0, 3)) {
    add('bond_pricing_history', 'long window', { isin, start_date: '2015-01-01', end_date: dataDate });
  }
  for (const isin of agencyBatch.slice(0, 3)) {
    add('agency_pricing_history', 'long window', { isin, start_date: '2015-01-01', end_date: dataDate });
  }
  for (const isin of muniBatch.slice(0, 12)) {
    add('muni_pricing_history', 'long window', { isin, start_date: '2010-01-01', end_date: dataDate });
    add('muni_bonds_in_series', 'series', { isin });
  }
  add('muni_pricing_daily_history', 'data date', { trade_date: dataDate });
  add('muni_price_to_yield', 'batch', [
    ...muniBatch
      .slice(0, 20)
      .map((isin) => ({ isin, trade_data: [{ price: 99.5, settlement_date: dataDate }] })),
  ]);
  add('muni_stats_trade_activity', 'grouped', {
    start_date: '2025-01-01',
    end_date: dataDate,
    group_by: 'state',
  });
  add('muni_stats_top_issuers', 'top 20', { start_date: '2025-01-01', end_date: dataDate, limit: 20 });

  // Documents: list, then download both keys of the first one; an unknown key is a 404.
  const docs = await rowsOf(mockUrl, 'muni_documents', {
    isin: 'US005824LP01',
    document_type: 'disclosure_document',
  });
  add('muni_documents', 'disclosure documents', {
    isin: 'US005824LP01',
    document_type: 'disclosure_document',
  });
  const first = docs[0] ?? {};
  if (typeof first.file_id === 'string') add('download_document', 'original', { file_id: first.file_id });
  if (typeof first.text_file_id === 'string')
    add('download_document', 'text', { file_id: first.text_file_id });
  add('download_document', 'unknown key (404)', { file_id: 'no-such-document.pdf' });

  // CSV where the operation declares it.
  for (const call of documentedRequests()) {
    if (operations[call.operation].acceptsCsv)
      plan.push({ ...call, label: `${call.label} as CSV`, accept: 'csv' });
  }

  // Every operation once with a server fault (cycling 429 and 5xx) and once with a revoked key.
  const firstExample = new Map<OperationName, PlannedCall>();
  for (const call of plan) {
    if (!firstExample.has(call.operation) && !call.label.includes('('))
      firstExample.set(call.operation, call);
  }
  operationNames.forEach((operation, i) => {
    const base = firstExample.get(operation);
    if (!base) throw new Error(`no planned request for ${operation}`);
    const fault = FAULTS[i % FAULTS.length] as string;
    plan.push({ ...base, label: `fault ${fault}`, fault });
    plan.push({ ...base, label: 'revoked key (401)', badKey: true });
  });
  return plan;
}
