import type { Server } from 'node:http';
import { createTerrapinClient, operationNames } from '@terrapin/core';
import { terrapinProxy } from '@terrapin/express-middleware';
import { createMockServer, MOCK_API_KEY, type MockServer } from '@terrapin/mock-server';
import express from 'express';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CallResult, drive, expectedStatus } from './support/drive';
import { buildPlan, type PlannedCall } from './support/plan';
import { type PrismProxy, startPrism, summarizeLogged } from './support/prism';
import { createRecorder, type Recorder, summarize } from './support/recorder';

// Issue #20: every operation's traffic goes through Prism (a validating proxy reading the spec) between the SDK and
// the mock, once from the core client and once from the express proxy; any `sl-violations` entry fails the run.
let mock: MockServer;
let prism: PrismProxy;
let plan: PlannedCall[];
let server: Server;
let proxyUrl: string;
const fromClient = createRecorder();
const fromProxy = createRecorder();
let clientResults: CallResult[] = [];
let proxyResults: CallResult[] = [];

beforeAll(async () => {
  mock = await createMockServer({ rateLimit: false, quota: false });
  prism = await startPrism(mock.url);
  plan = await buildPlan(mock.url, mock.dataset.dataDate);
  const app = express();
  app.use(
    '/api/v1',
    terrapinProxy({
      apiKey: MOCK_API_KEY,
      baseUrl: prism.url,
      fetch: fromProxy.fetch,
      maxRetries: 0,
      pacing: false,
      allow: operationNames,
      cache: false,
      status: false,
      // The injected faults are expected here; the default reporter would print each one.
      onError: () => {},
    }),
  );
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  proxyUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}, 240_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await prism?.close();
  await mock?.close();
});

function perOperation(recorder: Recorder): Record<string, number> {
  return Object.fromEntries(operationNames.map((name) => [name, recorder.calls.get(name) ?? 0]));
}

function unexpected(results: CallResult[], via: 'client' | 'proxy'): string[] {
  return results
    .filter((r) => r.status !== expectedStatus(r.call, via))
    .map((r) => `${r.call.operation} (${r.call.label}): ${r.status} ${r.error ?? ''}`);
}

describe('conformance: the SDK and the mock against the spec, through Prism', () => {
  test('the core client: every operation, no request or response the spec forbids', async () => {
    const client = createTerrapinClient({
      apiKey: MOCK_API_KEY,
      baseUrl: prism.url,
      fetch: fromClient.fetch,
      maxRetries: 0,
      pacing: false,
      maxConcurrency: 1,
    });
    const before = prism.violations.length;
    clientResults = await drive(client, fromClient, plan);
    await prism.settled([...prism.received.values()].reduce((a, b) => a + b, 0));
    const calls = perOperation(fromClient);
    console.log('client calls per operation', calls);
    expect(Object.values(calls).every((n) => n > 0)).toBe(true);
    expect.soft(unexpected(clientResults, 'client')).toEqual([]);
    expect.soft(summarize(fromClient.flagged)).toEqual([]);
    expect(summarizeLogged(prism.violations.slice(before))).toEqual([]);
  }, 120_000);

  test('terrapinProxy (upstream: Prism): every operation, no request or response the spec forbids', async () => {
    // The browser side: a keyless core client pointed at the proxy. CSV is not part of the proxy (JSON only).
    const browser = createTerrapinClient({ apiKey: null, baseUrl: proxyUrl, maxRetries: 0, pacing: false });
    const before = prism.violations.length;
    const proxied = plan.filter((call) => call.accept !== 'csv');
    proxyResults = await drive(browser, fromProxy, proxied);
    await prism.settled([...prism.received.values()].reduce((a, b) => a + b, 0));
    const calls = perOperation(fromProxy);
    console.log('proxy calls per operation', calls);
    expect(Object.values(calls).every((n) => n > 0)).toBe(true);
    expect.soft(unexpected(proxyResults, 'proxy')).toEqual([]);
    expect.soft(summarize(fromProxy.flagged)).toEqual([]);
    expect(summarizeLogged(prism.violations.slice(before))).toEqual([]);
  }, 120_000);
});
