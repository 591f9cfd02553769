import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { getOperation, requestedIsins, sleep } from '@terrapin/core/adapter-kit';
import type { AnyOperation, OperationName } from '@terrapin/core/contract';
import { toCsv } from '../format/csv';
import { handlers } from '../handlers/registry';
import type { HandlerResult } from '../handlers/types';
import type { FaultKind, RequestLogEntry } from '../types';
import type { App } from './app';
import { parseJson, readBody } from './body';
import {
  type ApiFailure,
  failure,
  STATUS_TEXT,
  TOO_MANY_REQUESTS_DETAIL,
  UNAUTHORIZED_DETAIL,
} from './errors';
import { negotiate } from './negotiate';
import { type RateLimitState, rateLimitHeader } from './rate-limit';
import { errorResponse, html502, json, type Outgoing } from './respond';
import { checkTier } from './tier';
import { validateBody } from './validate';

/** What one pass through the pipeline produced. */
interface Outcome {
  out: Outgoing | 'reset';
  key: string | null;
  rate: RateLimitState | null;
  body: unknown;
}

function isFailure(value: unknown): value is ApiFailure {
  return typeof value === 'object' && value !== null && 'status' in value && 'errors' in value;
}

function success(
  op: AnyOperation,
  result: Exclude<HandlerResult, { failure: ApiFailure }>,
  csv: boolean,
): Outgoing {
  if ('file' in result) {
    const { file } = result;
    return {
      status: 200,
      headers: {
        'content-type': file.contentType,
        'content-disposition': `inline; filename="${file.filename}"`,
      },
      body: file.body,
    };
  }
  // The response cap holds for every operation (CONTRACT.md §2), whatever a handler produced.
  const data = result.data.length > 1000 ? result.data.slice(0, 1000) : result.data;
  const total = result.total ?? result.data.length;
  if (csv && op.acceptsCsv) {
    return {
      status: 200,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: Buffer.from(toCsv(data)),
    };
  }
  return json(200, { data, total });
}

/**
 * auth → rate limit → JSON → strict validation → tier → quota → handler (issue #5). Generic in the operation's
 * name so the validated params and the registry's handler carry the same operation's types.
 */
async function runOperation<N extends OperationName>(
  app: App,
  name: N,
  req: IncomingMessage,
  fault: FaultKind | null,
): Promise<Outcome> {
  const op = getOperation(name);
  const key = app.keys.authenticate(req.headers.authorization);
  const outcome: Outcome = { out: 'reset', key, rate: null, body: undefined };
  if (fault === 'reset') return outcome;
  if (fault === 'html-502') return { ...outcome, out: html502() };
  if (fault !== null && /^\d{3}$/.test(fault)) {
    const status = Number(fault);
    const f = failure(status, STATUS_TEXT[status] ?? 'Server error');
    if (status === 429)
      f.headers = { 'retry-after': String(Math.ceil(app.faults.settings.retryAfterMs / 1000)) };
    return { ...outcome, out: errorResponse(f) };
  }
  if (key === null) return { ...outcome, out: errorResponse(failure(401, UNAUTHORIZED_DETAIL)) };
  // The spec's Accept parameter allows JSON (and CSV where declared): anything else is a 406, not JSON anyway.
  const mediaType = negotiate(op, req);
  if (mediaType === null) {
    const detail = `Not acceptable: ${op.name} answers ${op.acceptsCsv ? 'application/json or text/csv' : 'application/json'}; got Accept: ${JSON.stringify(String(req.headers.accept).slice(0, 100))}`;
    return { ...outcome, out: errorResponse(failure(406, detail)) };
  }
  if (app.limiter) {
    outcome.rate = app.limiter.take(key);
    if (!outcome.rate.allowed) {
      const f = failure(429, TOO_MANY_REQUESTS_DETAIL);
      f.headers = { 'retry-after': String(Math.max(1, outcome.rate.resetSeconds)) };
      return { ...outcome, out: errorResponse(f) };
    }
  }
  const raw = await readBody(req);
  if (isFailure(raw)) return { ...outcome, out: errorResponse(raw) };
  const parsed = parseJson(raw);
  if (isFailure(parsed)) return { ...outcome, out: errorResponse(parsed) };
  outcome.body = parsed.value;
  const valid = validateBody(name, parsed.value);
  if (isFailure(valid)) return { ...outcome, out: errorResponse(valid) };
  const refused = checkTier(app.tier, name, valid.params, app.universe.dataDay);
  if (refused) return { ...outcome, out: errorResponse(refused) };
  const isins = requestedIsins(op, valid.params) ?? [];
  if (isins.length > 0) {
    const charge = app.quota.charge(key, isins);
    if (!charge.ok) {
      const detail =
        `Monthly ISIN quota exhausted: ${charge.used} of ${charge.limit} distinct ISINs used in ${charge.month}; ` +
        `this request needs ${charge.needed} more. ISINs already pulled this month can still be requested.`;
      return { ...outcome, out: errorResponse(failure(403, detail, { reason: 'quota_exhausted' })) };
    }
  }
  const result = handlers[name](valid.params, app.universe);
  if ('failure' in result) return { ...outcome, out: errorResponse(result.failure) };
  return { ...outcome, out: success(op, result, mediaType === 'text/csv') };
}

function commonHeaders(app: App, requestId: string, rate: RateLimitState | null): Record<string, string> {
  const headers: Record<string, string> = { 'request-id': requestId, 'cache-control': 'no-store' };
  if (app.limiter && rate) {
    headers['ratelimit-policy'] = app.limiter.policyHeader;
    headers.ratelimit = rateLimitHeader(rate);
  }
  return headers;
}

function corrupt(out: Outgoing, fault: FaultKind | null): Outgoing {
  if (fault === 'empty') return { ...out, body: Buffer.alloc(0) };
  if (fault === 'malformed-json') {
    const cut = Math.max(1, Math.floor(out.body.length / 2));
    return {
      ...out,
      headers: { ...out.headers, 'content-type': 'application/json; charset=utf-8' },
      body: out.body.subarray(0, cut),
    };
  }
  return out;
}

/** Serves one request: routing, faults, the operation pipeline, delays, headers and the request log. */
export async function handleRequest(app: App, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const started = performance.now();
  const requestId = randomUUID();
  const path = new URL(req.url ?? '/', 'http://mock').pathname.replace(/(.)\/+$/, '$1');
  const name = app.routes.get(path) ?? null;
  let fault: FaultKind | null = null;
  let outcome: Outcome;
  if (name === null) {
    outcome = {
      out: errorResponse(
        failure(404, `Not found: no operation at ${req.method} ${path}; operations are POST /api/v1/<name>`),
      ),
      key: null,
      rate: null,
      body: undefined,
    };
  } else if (req.method !== 'POST') {
    const f = failure(405, `Method not allowed: ${req.method} ${path}; every operation is POST`);
    f.headers = { allow: 'POST' };
    outcome = { out: errorResponse(f), key: null, rate: null, body: undefined };
  } else {
    const header = req.headers['x-mock-fault'];
    const decision = app.faults.next(Array.isArray(header) ? header[0] : header);
    if ('error' in decision) {
      outcome = { out: errorResponse(failure(400, decision.error)), key: null, rate: null, body: undefined };
    } else {
      fault = decision.kind;
      outcome = await runOperation(app, name, req, fault);
    }
  }
  const bucket = outcome.key ?? `anonymous:${req.socket.remoteAddress ?? ''}`;
  const rate = outcome.rate ?? app.limiter?.peek(bucket) ?? null;
  let delay = app.latencyMs;
  if (fault === 'slow') delay += app.faults.settings.slowMs;
  if (fault === 'timeout') delay += app.faults.settings.timeoutMs;
  // Core's sleep rejects when the signal aborts (the server is closing): that ends the wait as a reset.
  const completed = await sleep(delay, app.closing).then(
    () => true,
    () => false,
  );
  let out = outcome.out;
  if (!completed) out = 'reset';
  // A key revoked while its request was in flight fails too (CONTRACT.md §1).
  if (out !== 'reset' && outcome.key !== null && !app.keys.has(outcome.key)) {
    out = errorResponse(failure(401, UNAUTHORIZED_DETAIL));
  }
  const entry: RequestLogEntry = {
    requestId,
    method: req.method ?? 'GET',
    path,
    operation: name,
    status: out === 'reset' ? 0 : out.status,
    fault,
    body: outcome.body,
    durationMs: Math.round(performance.now() - started),
    at: app.now(),
  };
  app.log.add(entry);
  app.onRequest?.(entry);
  if (out === 'reset') {
    // A TCP reset, as a crashed upstream or a dropped connection looks to the client.
    req.socket.resetAndDestroy();
    return;
  }
  out = corrupt(out, fault);
  const headers: Record<string, string> = {
    ...out.headers,
    ...commonHeaders(app, requestId, rate),
    'content-length': String(out.body.length),
  };
  if (fault) headers['x-mock-fault'] = fault;
  res.writeHead(out.status, headers);
  res.end(out.body);
}
