import {
  type OperationName,
  TerrapinAbortError,
  TerrapinApiError,
  TerrapinQuotaExceededError,
  TerrapinRequestValidationError,
  validateRequest,
} from '@terrapin/core';
import { getOperation, propertyOf } from '@terrapin/core/adapter-kit';
import { normalizeIsin } from '@terrapin/core/identifiers';
import DataLoader from 'dataloader';
import type { TerrapinHookClient } from '../options/client';
import type { QueryOperationName, TerrapinResult } from '../options/types';
import { allAborted } from './all-aborted';
import { callJson, jsonResultOf } from './call-json';
import { stableStringify } from './canonical-params';

type AnyResult = TerrapinResult<QueryOperationName>;
type AnyRow = AnyResult['data'][number];

/** One query waiting to join a batch. */
interface Participant {
  body: Record<string, unknown>;
  isins: string[];
  signal: AbortSignal | undefined;
}

/**
 * Operations whose queries are merged: an `isins` list and nothing paged, so rows can be handed back per ISIN
 * (`*_reference`, `*_pricing_latest`, `*_cashflows`, `muni_events`).
 */
export function isCoalescable(name: OperationName): boolean {
  const op = getOperation(name);
  return op.isinField === 'isins' && !op.paginated && !op.bodyIsArray;
}

const loaders = new WeakMap<TerrapinHookClient, Map<string, DataLoader<Participant, AnyResult>>>();

/**
 * Calls a coalescable operation through a per-client, per-operation batcher (DESIGN.md "React hooks": many
 * components asking for single ISINs in the same tick make one request). Queries whose other params differ
 * (say `as_of_date`) go in separate batches. Each query gets back only the rows of its own ISINs.
 */
export function coalescedCall<N extends QueryOperationName>(
  client: TerrapinHookClient,
  name: N,
  body: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<TerrapinResult<N>> {
  // An invalid ISIN would sink the whole merged request: let core reject this query alone (no request sent).
  if (!validateRequest(name, body).success) return callJson(client, name, body, signal);
  const { isins, ...rest } = body;
  const group = `${name}\u0000${stableStringify(rest)}`;
  let byGroup = loaders.get(client);
  if (!byGroup) {
    byGroup = new Map();
    loaders.set(client, byGroup);
  }
  let loader = byGroup.get(group);
  if (!loader) {
    loader = new DataLoader((batch) => runBatch(client, name, rest, batch), {
      // TanStack Query is the cache; the loader only batches.
      cache: false,
      // One macrotask: every component mounted in the same commit joins, in browsers as in Node.
      batchScheduleFn: (callback) => setTimeout(callback, 0),
    });
    byGroup.set(group, loader);
  }
  // validateRequest above accepted the body, so `isins` is a list of ISIN strings.
  return jsonResultOf(name, loader.load({ body, isins: stringsOf(isins), signal }));
}

async function runBatch(
  client: TerrapinHookClient,
  name: QueryOperationName,
  rest: Record<string, unknown>,
  batch: readonly Participant[],
): Promise<(AnyResult | Error)[]> {
  const live = batch.filter((p) => !p.signal?.aborted);
  const outcomes = new Map<Participant, AnyResult | Error>();
  const callAlone = (p: Participant) =>
    callJson(client, name, p.body, p.signal).then(
      (result) => outcomes.set(p, result),
      (error) => outcomes.set(p, toError(error)),
    );

  if (live.length === 1) await callAlone(live[0]!);
  else if (live.length > 1) {
    const isins = [...new Set(live.flatMap((p) => p.isins))];
    const signal = allAborted(live.map((p) => p.signal));
    try {
      const result = await callJson(client, name, { ...rest, isins }, signal);
      for (const p of live) outcomes.set(p, { ...result, ...rowsOf(result.data, p.isins) });
    } catch (error) {
      // One query's ISIN outside the tier (403), unknown (404) or refused (422) must not fail the others:
      // ask again per query so each gets its own answer or its own error.
      if (isPerIsinFailure(error)) await Promise.all(live.map(callAlone));
      else for (const p of live) outcomes.set(p, salvage(error, p) ?? toError(error));
    }
  }
  return batch.map((p) => outcomes.get(p) ?? new TerrapinAbortError('The request was aborted'));
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
}

/** The rows of `isins` among `data`, and their count as the `total` of a query that asked only for them. */
function rowsOf<Row>(data: readonly Row[], isins: readonly string[]): { data: Row[]; total: number } {
  const wanted = new Set(isins);
  const rows = data.filter((row) => {
    const isin = propertyOf(row, 'isin');
    return typeof isin === 'string' && wanted.has(normalizeIsin(isin));
  });
  return { data: rows, total: rows.length };
}

/**
 * A failed batch's `partialData`, typed as rows. Sound: core fills it only with the rows of chunks whose answers
 * passed the operation's response check, but the error type cannot carry the operation's row type.
 */
function checkedRows(partialData: unknown[]): AnyRow[] {
  return partialData as AnyRow[];
}

function isPerIsinFailure(error: unknown): boolean {
  if (TerrapinRequestValidationError.is(error)) return true;
  if (!TerrapinApiError.is(error) || TerrapinQuotaExceededError.is(error)) return false;
  return error.status === 403 || error.status === 404 || error.status === 422;
}

/** Core's chunked calls report which ISINs were already fetched; a query whose ISINs all were still succeeds. */
function salvage(error: unknown, p: Participant): AnyResult | undefined {
  const completed = propertyOf(error, 'completed');
  const partialData = propertyOf(error, 'partialData');
  if (!Array.isArray(completed) || !Array.isArray(partialData)) return undefined;
  const done = new Set(stringsOf(completed).map(normalizeIsin));
  if (!p.isins.every((isin) => done.has(isin))) return undefined;
  return { ...rowsOf(checkedRows(partialData), p.isins), requestId: null, rateLimit: null };
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
