import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTerrapinClient, type TerrapinClientOptions } from '@terrapin/core';
import { isinCheckDigit } from '@terrapin/core/identifiers';

// The repo's copy of the documented examples (spec/examples), not ../shared.
const examplesDir = join(dirname(fileURLToPath(import.meta.url)), '../../../../spec/examples');

/** The newest documented response of an operation (highest-numbered `NN.response.json`). */
export function exampleResponse(operation: string): { data: Record<string, unknown>[]; total: number } {
  const files = readdirSync(join(examplesDir, operation))
    .filter((f) => f.endsWith('.response.json'))
    .sort();
  const file = files.at(-1);
  if (!file) return { data: [{ isin: 'US0378331005' }], total: 1 };
  return JSON.parse(readFileSync(join(examplesDir, operation, file), 'utf8'));
}

/** A valid ISIN (check digit computed), numbered: `isin(7)` → `US0000000077`-like. */
export function isin(n: number): string {
  const body = `US${String(n).padStart(9, '0')}`;
  return `${body}${isinCheckDigit(body)}`;
}

/** One request the fake API received. */
export interface SeenRequest {
  operation: string;
  url: string;
  body: unknown;
  authorization: string | null;
  signal: AbortSignal;
}

/** An answer override: return a Response to answer, or undefined for the default answer. */
export type Responder = (request: SeenRequest) => Response | undefined | Promise<Response | undefined>;

/** Where the browser client points: the app's own proxy. */
export const PROXY_URL = 'https://app.example.test/api/terrapin';

/** Rows the fake search pages through. */
export const SEARCH_UNIVERSE = 250;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': status === 200 ? 'application/json' : 'application/problem+json',
      'request-id': `req-${Math.random().toString(36).slice(2, 10)}`,
      ratelimit: 'limit=100, remaining=99, reset=60',
      'ratelimit-policy': '100;w=60',
    },
  });
}

/** The default, contract-shaped answer: documented examples, one row per requested ISIN, paged searches. */
function answer(request: SeenRequest): Response {
  const { operation } = request;
  const body = (request.body ?? {}) as Record<string, unknown>;
  if (operation === 'download_document') {
    return new Response(new TextEncoder().encode('%PDF-1.7 fake'), {
      headers: { 'content-type': 'application/pdf', 'request-id': 'req-doc' },
    });
  }
  const example = exampleResponse(operation);
  const template = example.data[0] ?? {};
  if (operation.endsWith('_search') && operation !== 'muni_entity_search') {
    const limit = typeof body.limit === 'number' ? body.limit : 100;
    const offset = typeof body.offset === 'number' ? body.offset : 0;
    const end = limit < 0 ? SEARCH_UNIVERSE : Math.min(SEARCH_UNIVERSE, offset + limit);
    const data = [];
    for (let i = offset; i < end; i++) data.push({ ...template, isin: isin(10_000 + i) });
    return json({ data, total: SEARCH_UNIVERSE });
  }
  if (Array.isArray(body.isins)) {
    const data = (body.isins as string[]).map((id) => ({ ...template, isin: id }));
    return json({ data, total: data.length });
  }
  return json(example);
}

/**
 * A fake Terrapin API behind an injected `fetch`, counting requests at the fetch level, and a client built the
 * browser way (no key, `baseUrl` at the app's proxy).
 */
export function createFakeApi(options: { respond?: Responder; client?: TerrapinClientOptions } = {}) {
  const requests: SeenRequest[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    // As a real fetch reads it: `init` (the SDK passes the attempt's signal there) overrides the Request's fields.
    const request = new Request(input, init);
    const text = await request.text();
    const seen: SeenRequest = {
      operation: new URL(request.url).pathname.split('/').at(-1) ?? '',
      url: request.url,
      body: text ? JSON.parse(text) : undefined,
      authorization: request.headers.get('authorization'),
      signal: request.signal,
    };
    requests.push(seen);
    const custom = await options.respond?.(seen);
    if (custom) return custom;
    return answer(seen);
  };
  const client = createTerrapinClient({
    baseUrl: PROXY_URL,
    // Explicit, so a TERRAPIN_API_KEY in the developer's shell cannot change what the tests see.
    apiKey: null,
    fetch,
    maxRetries: 0,
    ...options.client,
  });
  return { client, fetch, requests };
}

export { json as jsonResponse };
