// Issue 10 "no loss": a 10,000-ISIN reference job while the mock injects retryable faults into 10 % of requests
// (seeded). Every ISIN must come back exactly once — or, when a chunk still fails after its retries, the error must
// account for every ISIN (`completed` + `pending`) and resuming with `pending` must finish the job. 0 duplicates,
// 0 silent drops. The mock's rate limit is relaxed so the job runs in seconds.

import { createTerrapinClient, isTerrapinError, type TerrapinClientOptions } from '@terrapin/core';
import { createMockServer, type FaultKind, MOCK_API_KEY, type MockServer } from '@terrapin/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ISINS = 10_000;
const FAULT_RATE = 0.1;
const RETRYABLE: FaultKind[] = ['429', '500', '502', '503', 'reset', 'html-502'];
const MAX_RESUMES = 500;

let mock: MockServer;
let isins: string[];

beforeAll(async () => {
  mock = await createMockServer({
    seed: 20251,
    dataset: { bonds: ISINS, agency: 10, munis: 10 },
    rateLimit: { limit: 2_000, windowMs: 1000 },
    quota: false,
    faults: { rate: FAULT_RATE, kinds: RETRYABLE, retryAfterMs: 1000 },
  });
  // Collect the universe without faults (`x-mock-fault: none` suppresses the rate for a request).
  const source = createTerrapinClient({
    apiKey: MOCK_API_KEY,
    baseUrl: mock.url,
    defaultHeaders: { 'x-mock-fault': 'none' },
  });
  isins = [];
  for await (const row of source.bonds.searchAll(
    { include_non_outstanding: true },
    { pageSize: 1000, maxItems: ISINS },
  ))
    isins.push(row.isin);
  expect(new Set(isins).size).toBe(ISINS);
}, 60_000);

afterAll(() => mock?.close());

interface JobReport {
  rows: Array<{ isin: string }>;
  requests: number;
  faults: number;
  retries: number;
  resumes: number;
  failures: Array<{ completed: number; pending: number }>;
}

/**
 * Runs the job the way the README tells users to: call once; on a failed chunk keep `partialData`, then call
 * again with `pending` until nothing is pending.
 */
async function runJob(options: TerrapinClientOptions): Promise<JobReport> {
  mock.reset();
  const report: JobReport = { rows: [], requests: 0, faults: 0, retries: 0, resumes: 0, failures: [] };
  const terrapin = createTerrapinClient({
    apiKey: MOCK_API_KEY,
    baseUrl: mock.url,
    retryBaseDelayMs: 5,
    logger: { warn: () => {} },
    onRequest: () => {
      report.requests += 1;
    },
    onRetry: () => {
      report.retries += 1;
    },
    onResponse: () => {},
    ...options,
  });
  let todo = isins;
  while (todo.length > 0) {
    try {
      const { data } = await terrapin.bonds.reference({ isins: todo });
      report.rows.push(...(data as Array<{ isin: string }>));
      todo = [];
    } catch (error) {
      if (!isTerrapinError(error) || !error.pending) throw error;
      const { completed = [], pending, partialData = [] } = error;
      // The error accounts for every ISIN asked for in this call: done or pending, never both, never neither.
      expect(new Set([...completed, ...pending]).size).toBe(todo.length);
      expect(completed.length + pending.length).toBe(todo.length);
      expect(new Set(completed.concat(pending))).toEqual(new Set(todo));
      // The rows already received are exactly those of the completed ISINs.
      expect(new Set((partialData as Array<{ isin: string }>).map((r) => r.isin))).toEqual(
        new Set(completed),
      );
      expect(partialData).toHaveLength(completed.length);
      report.rows.push(...(partialData as Array<{ isin: string }>));
      report.failures.push({ completed: completed.length, pending: pending.length });
      report.resumes += 1;
      if (report.resumes > MAX_RESUMES)
        throw new Error(`still ${pending.length} ISINs pending after ${MAX_RESUMES} resumes`);
      todo = pending;
    }
  }
  report.faults = mock.state.requests.filter((entry) => entry.fault !== null).length;
  return report;
}

function expectExactlyOnce(rows: Array<{ isin: string }>) {
  const seen = new Map<string, number>();
  for (const row of rows) seen.set(row.isin, (seen.get(row.isin) ?? 0) + 1);
  const duplicates = [...seen].filter(([, n]) => n > 1).map(([isin]) => isin);
  const dropped = isins.filter((isin) => !seen.has(isin));
  const unexpected = [...seen.keys()].filter((isin) => !isins.includes(isin));
  expect({ duplicates, dropped, unexpected }).toEqual({ duplicates: [], dropped: [], unexpected: [] });
  expect(rows).toHaveLength(ISINS);
}

function summary(name: string, report: JobReport): string {
  const failed = report.failures.length
    ? `, ${report.failures.length} chunk failure(s) reported with completed/pending and resumed`
    : '';
  return (
    `[no-loss] ${name}: ${ISINS} ISINs → ${report.rows.length} rows, 0 duplicates, 0 dropped; ` +
    `${report.requests} requests, ${report.retries} retries, ${report.requests <= 1000 ? '' : '≥'}${report.faults} ` +
    `injected faults${failed}\n`
  );
}

describe('no loss under 10 % retryable faults', () => {
  it('returns every ISIN exactly once with the default retries', async () => {
    const report = await runJob({ maxRetries: 2 });
    expectExactlyOnce(report.rows);
    expect(report.retries).toBeGreaterThan(0);
    process.stdout.write(summary('maxRetries 2', report));
  }, 60_000);

  it('accounts for every ISIN in the error when chunks fail (no retries), and resuming finishes the job', async () => {
    const report = await runJob({ maxRetries: 0 });
    expect(report.failures.length).toBeGreaterThan(0);
    expectExactlyOnce(report.rows);
    process.stdout.write(summary('maxRetries 0', report));
  }, 60_000);
});
