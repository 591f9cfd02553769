import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { CANARY_KEY } from './canary';
import { listenLocal } from './listen';

/** One request the upstream received. */
export interface UpstreamRequest {
  operation: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  at: number;
}

/** A scripted answer. */
export interface UpstreamAnswer {
  status: number;
  body: string | Buffer;
  headers?: Record<string, string>;
  /** Waits this long before answering (timeouts). */
  delayMs?: number;
}

export type UpstreamHandler = (req: UpstreamRequest) => UpstreamAnswer | undefined;

/**
 * A tiny recording stand-in for the Terrapin API, for the narrow cases the tests script by hand (a 401 on the
 * server's key, a 500, a 429): it records every request so a test can assert that nothing reached it. It answers
 * like the contract: `{data,total}`, the rate-limit headers, `request-id`, 401 on a wrong key.
 */
export interface StubUpstream {
  url: string;
  requests: UpstreamRequest[];
  /** Overrides the answer of the next requests (return `undefined` to fall back to the default). */
  handler: UpstreamHandler | null;
  close(): Promise<void>;
}

const PDF = Buffer.from('%PDF-1.4\n% official statement\n1 0 obj <<>> endobj\n%%EOF\n', 'latin1');

export function defaultAnswer(
  req: UpstreamRequest,
  headers: Record<string, string> = {
    ratelimit: 'limit=100, remaining=99, reset=60',
    'ratelimit-policy': '100;w=60',
  },
): UpstreamAnswer {
  if (req.headers.authorization !== `Bearer ${CANARY_KEY}`) {
    return json(401, { errors: [{ detail: 'Incorrect or no bearer token' }] }, headers);
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (req.operation === 'download_document') {
    return { status: 200, body: PDF, headers: { ...headers, 'content-type': 'application/pdf' } };
  }
  const isins = Array.isArray(body.isins) ? body.isins : typeof body.isin === 'string' ? [body.isin] : [];
  const data = isins.map((isin) => ({ isin }));
  return json(200, { data, total: data.length }, headers);
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): UpstreamAnswer {
  return { status, body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } };
}

export const STUB_PDF = PDF;

/** Options of {@link startStubUpstream}. */
export interface StubUpstreamOptions {
  /**
   * Enforce a rolling-window rate limit like the API (CONTRACT.md §4): honest `ratelimit` headers on every answer,
   * 429 with `retry-after` past the limit. Without it, fixed headers saying 99 of 100 remain.
   */
  rateLimit?: { limit: number; windowMs: number };
  /**
   * How much shorter than the stated window the stub's own count runs, for arrival jitter (a request reserved at
   * t leaves a little later than t and arrives later still, by varying amounts).
   * @default 0
   */
  jitterToleranceMs?: number;
}

export async function startStubUpstream(options: StubUpstreamOptions = {}): Promise<StubUpstream> {
  const requests: UpstreamRequest[] = [];
  const policed = options.rateLimit ? rollingWindow(options.rateLimit, options.jitterToleranceMs ?? 0) : null;
  let counter = 0;
  const stub: StubUpstream = {
    url: '',
    requests,
    handler: null,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {}
      const operation = (req.url ?? '').replace(/^\/api\/v1\//, '');
      const recorded: UpstreamRequest = { operation, headers: req.headers, body, at: Date.now() };
      requests.push(recorded);
      const answer = stub.handler?.(recorded) ?? policed?.(recorded) ?? defaultAnswer(recorded);
      counter += 1;
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'request-id': `req_stub_${counter}`, ...answer.headers });
        res.end(answer.body);
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  stub.url = await listenLocal(server);
  return stub;
}

/** A rolling-window limiter answering like the API: headers on every answer, 429 past the limit. */
function rollingWindow(
  policy: { limit: number; windowMs: number },
  toleranceMs: number,
): (req: UpstreamRequest) => UpstreamAnswer {
  const windowMs = policy.windowMs - toleranceMs;
  let accepted: number[] = [];
  return (req) => {
    accepted = accepted.filter((t) => t > req.at - windowMs);
    const over = accepted.length >= policy.limit;
    if (!over) accepted.push(req.at);
    const oldest = accepted[0] ?? req.at;
    const reset = Math.max(1, Math.ceil((oldest + windowMs - req.at) / 1000));
    const headers = {
      ratelimit: `limit=${policy.limit}, remaining=${policy.limit - accepted.length}, reset=${reset}`,
      'ratelimit-policy': `${policy.limit};w=${Math.ceil(policy.windowMs / 1000)}`,
    };
    if (over)
      return json(
        429,
        { errors: [{ detail: 'Rate limit exceeded' }] },
        { ...headers, 'retry-after': String(reset) },
      );
    return defaultAnswer(req, headers);
  };
}

/**
 * A stub upstream for the enclosing `describe`: started once before its tests, closed after them, and cleared
 * before each test (no recorded requests, no scripted handler). Read it through the returned handle.
 */
export function useStubUpstream(options: StubUpstreamOptions = {}): StubUpstream {
  let started: StubUpstream | null = null;
  const stub = (): StubUpstream => {
    if (started === null) throw new Error('useStubUpstream(): the stub upstream is only there inside a test');
    return started;
  };
  beforeAll(async () => {
    started = await startStubUpstream(options);
  });
  afterAll(() => stub().close());
  beforeEach(() => {
    stub().requests.length = 0;
    stub().handler = null;
  });
  return {
    get url() {
      return stub().url;
    },
    get requests() {
      return stub().requests;
    },
    get handler() {
      return stub().handler;
    },
    set handler(handler) {
      stub().handler = handler;
    },
    close: () => stub().close(),
  };
}
