// Issue 10 "fault matrix", through the proxy: browser (keyless core client) → terrapinProxy → core client → mock.
// For every fault the mock injects and every final API answer, the row records what the browser receives (status,
// typed error), how many upstream attempts the proxy's client made (its retries happen server-side), and whether a
// single transient fault heals without the browser noticing. Raw answers are scanned: no key, no upstream URL, no
// stack, no upstream-only header. The observed matrix goes to bench/fault-matrix-proxy.md.
import {
  createTerrapinClient,
  isTerrapinError,
  type TerrapinClientOptions,
  TerrapinNotFoundError,
  TerrapinPermissionDeniedError,
  TerrapinQuotaExceededError,
  TerrapinRateLimitError,
  TerrapinServerError,
  TerrapinUnprocessableEntityError,
} from '@terrapin/core';
import { createMockServer, type FaultKind, type MockServer } from '@terrapin/mock-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANARY_KEY, rememberLog } from '../support/canary';
import { browserClient, type ListeningProxy, listenProxy, rawPost } from '../support/listen';
import { emitMatrix, type MatrixRow } from '../support/matrix';

const MAX_RETRIES = 2;
const TIMEOUT_MS = 400;
const SMALL = { bonds: 200, agency: 20, munis: 50 };
const ALLOW = ['bond_search', 'bond_reference', 'download_document'] as const;

type ErrorClass = abstract new (...args: never[]) => Error;

let mock: MockServer;
let isin: string;
const rows: MatrixRow[] = [];

beforeAll(async () => {
  mock = await mockServer();
  const { data } = await upstream(mock).client.bonds.search({ limit: 1 });
  isin = data[0]!.isin;
});

afterAll(async () => {
  await mock?.close();
  emitMatrix(
    'fault-matrix-proxy.md',
    'Fault matrix: browser client → terrapinProxy → core client → mock',
    rows,
    [
      `proxy's upstream client: maxRetries ${MAX_RETRIES}, timeout ${TIMEOUT_MS} ms; browser client: maxRetries 0.`,
      '"attempts seen" = upstream requests made by the proxy for one browser call.',
      'Every raw answer was checked: no API key, no upstream URL, no stack trace, no upstream-only header.',
    ],
  );
});

function mockServer(options: Parameters<typeof createMockServer>[0] = {}) {
  return createMockServer({
    apiKeys: [CANARY_KEY],
    rateLimit: false,
    quota: false,
    seed: 2020,
    dataset: SMALL,
    faults: { timeoutMs: 10_000, retryAfterMs: 1000 },
    ...options,
  });
}

/** The proxy's own client, counting its upstream attempts. */
function upstream(server: MockServer, options: TerrapinClientOptions = {}) {
  const counter = { attempts: 0 };
  const client = createTerrapinClient({
    apiKey: CANARY_KEY,
    baseUrl: server.url,
    maxRetries: MAX_RETRIES,
    retryBaseDelayMs: 1,
    timeout: TIMEOUT_MS,
    logger: { warn: () => {} },
    onRequest: () => {
      counter.attempts += 1;
    },
    ...options,
  });
  return { client, counter };
}

async function withProxy<T>(
  server: MockServer,
  clientOptions: TerrapinClientOptions,
  body: (proxy: ListeningProxy, counter: { attempts: number }) => Promise<T>,
): Promise<T> {
  const { client, counter } = upstream(server, clientOptions);
  const proxy = await listenProxy({ client, allow: ALLOW, cache: false, onError: () => {} });
  try {
    return await body(proxy, counter);
  } finally {
    await proxy.close();
  }
}

/** What no answer to a browser may contain. */
function expectSafe(
  raw: { status: number; headers: Record<string, string>; text: string },
  server: MockServer,
) {
  const everything = `${raw.status} ${JSON.stringify(raw.headers)} ${raw.text}`;
  rememberLog(`proxy answer ${everything}`);
  expect(everything).not.toContain(CANARY_KEY);
  expect(everything).not.toContain(server.url);
  expect(everything).not.toMatch(/\n\s+at |node:internal|x-mock-fault/);
  for (const header of ['set-cookie', 'www-authenticate', 'authorization', 'x-powered-by-upstream']) {
    expect(raw.headers[header]).toBeUndefined();
  }
  if (raw.status >= 400) expect(JSON.parse(raw.text).errors.length).toBeGreaterThan(0);
}

function errorName(error: unknown): string {
  if (!isTerrapinError(error)) return String(error);
  const status = (error as { status?: unknown }).status;
  return `${error.constructor.name}${typeof status === 'number' ? ` (${status})` : ''}`;
}

interface Prepared {
  server: MockServer;
  clientOptions?: TerrapinClientOptions;
  isin?: string;
  done(): Promise<void>;
}

interface Case {
  label: string;
  fault?: FaultKind;
  status: number;
  errorClass: ErrorClass;
  attempts: number;
  retried: boolean;
  /** A mock prepared for this row (default: the shared one), the proxy client's options, the ISIN to ask for. */
  setup?: () => Promise<Prepared>;
  operation?: (typeof ALLOW)[number];
  body?: () => unknown;
  check?: (raw: { status: number; headers: Record<string, string>; text: string }) => void;
}

const serverFaults: Array<[FaultKind, string, number]> = [
  ['500', '500', 502],
  ['502', '502 (JSON envelope)', 502],
  ['503', '503', 502],
  ['504', '504', 502],
  ['html-502', '502 HTML page', 502],
  ['reset', 'connection reset', 502],
  ['timeout', `timeout (${TIMEOUT_MS} ms per attempt)`, 504],
];

const CASES: Case[] = [
  {
    label: '429 with retry-after: 1',
    fault: '429',
    status: 429,
    errorClass: TerrapinRateLimitError,
    attempts: MAX_RETRIES + 1,
    retried: true,
    check: (raw) => expect(raw.headers['retry-after']).toBe('1'),
  },
  ...serverFaults.map(
    ([fault, label, status]): Case => ({
      label,
      fault,
      status,
      errorClass: TerrapinServerError,
      attempts: MAX_RETRIES + 1,
      retried: true,
    }),
  ),
  {
    label: 'malformed JSON (200)',
    fault: 'malformed-json',
    status: 502,
    errorClass: TerrapinServerError,
    attempts: 1,
    retried: false,
  },
  {
    label: 'empty body (200)',
    fault: 'empty',
    status: 502,
    errorClass: TerrapinServerError,
    attempts: 1,
    retried: false,
  },
  {
    label: "401 (the server's key is wrong)",
    status: 502,
    errorClass: TerrapinServerError,
    attempts: 1,
    retried: false,
    setup: async () => ({
      server: mock,
      clientOptions: { apiKey: 'tpk_wrong_key_for_matrix' },
      done: async () => {},
    }),
    check: (raw) => expect(raw.text).toContain('Upstream authentication failed'),
  },
  {
    label: '403 monthly quota used up',
    status: 403,
    errorClass: TerrapinQuotaExceededError,
    attempts: 1,
    retried: false,
    setup: async () => {
      const server = await mockServer({ quota: 1 });
      const { data } = await upstream(server).client.bonds.search({ limit: 2 });
      await upstream(server).client.bonds.reference({ isins: [data[0]!.isin] });
      return { server, isin: data[1]!.isin, done: () => server.close() };
    },
  },
  {
    label: '403 outside the tier',
    status: 403,
    errorClass: TerrapinPermissionDeniedError,
    attempts: 1,
    retried: false,
    setup: async () => {
      const server = await mockServer({ tier: { operations: ['bond_search'] } });
      return { server, done: () => server.close() };
    },
  },
  {
    label: '404 unknown document',
    status: 404,
    errorClass: TerrapinNotFoundError,
    attempts: 1,
    retried: false,
    operation: 'download_document',
    body: () => ({ file_id: 'no-such-document-key' }),
  },
  {
    label: '422 unknown field (proxy validates, nothing sent)',
    status: 422,
    errorClass: TerrapinUnprocessableEntityError,
    attempts: 0,
    retried: false,
    body: () => ({ isins: [isin], not_a_field: 1 }),
    check: (raw) => expect(JSON.parse(raw.text).errors[0].source.pointer).toBeTruthy(),
  },
];

describe('fault matrix through the proxy', () => {
  it.each(CASES)('$label → $status to the browser', async (c) => {
    const prepared: Prepared = c.setup ? await c.setup() : { server: mock, done: async () => {} };
    const server = prepared.server;
    const asked = prepared.isin ?? isin;
    const operation = c.operation ?? 'bond_reference';
    const body = c.body ? c.body() : { isins: [asked] };
    const clientOptions: TerrapinClientOptions = {
      ...(c.fault ? { defaultHeaders: { 'x-mock-fault': c.fault } } : {}),
      ...prepared.clientOptions,
    };
    try {
      const observed = await withProxy(server, clientOptions, async (proxy, counter) => {
        const raw = await rawPost(proxy, operation, body);
        const rawAttempts = counter.attempts;
        expect(raw.status).toBe(c.status);
        expectSafe(raw, server);
        c.check?.(raw);
        counter.attempts = 0;
        const error = await browserClient(proxy, { maxRetries: 0 })
          .call(operation, body as never)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(c.errorClass);
        rememberLog(`browser error ${String(error)} ${JSON.stringify(error)}`);
        expect(counter.attempts).toBe(rawAttempts);
        return { raw, rawAttempts, error };
      });
      expect(observed.rawAttempts).toBe(c.attempts);

      let recovers = 'n/a';
      if (c.fault) {
        // The same fault once, then a normal answer: retryable faults heal inside the proxy.
        recovers = await withProxy(server, {}, async (proxy, counter) => {
          server.injectFault(c.fault!, 1);
          const raw = await rawPost(proxy, operation, body);
          expectSafe(raw, server);
          if (c.retried) {
            expect(raw.status).toBe(200);
            expect(JSON.parse(raw.text).data.map((r: { isin: string }) => r.isin)).toEqual([asked]);
            expect(counter.attempts).toBe(2);
            return `200 after ${counter.attempts} upstream attempts`;
          }
          expect(raw.status).toBe(c.status);
          expect(counter.attempts).toBe(1);
          return `${raw.status}, not retried (final)`;
        });
      }
      rows.push({
        fault: c.label,
        expected: `${c.retried ? 'retried upstream' : 'not retried'}, ${c.status} to the browser`,
        attempts: observed.rawAttempts,
        retried: c.retried ? `yes, ${observed.rawAttempts - 1}× (server-side)` : 'no',
        error: `${observed.raw.status} → ${errorName(observed.error)}`,
        recovers,
      });
    } finally {
      await prepared.done();
    }
  });
});
