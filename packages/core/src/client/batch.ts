import type { AnyOperation } from '../contract/types';
import { isTerrapinError } from '../errors/terrapin-error';
import type { JsonRecord } from '../internal/records';
import type { RequestOptions } from './options';
import type { Runtime } from './runtime';
import { type SingleOutcome, sendSingle } from './single-call';

/** A validated body of a list operation, and its `isins`. */
export interface IsinBatchRequest {
  body: JsonRecord;
  isins: readonly string[];
}

/** Every chunk answered once no chunk failed; the guard lets the type say so. */
function isOutcome(result: SingleOutcome | undefined): result is SingleOutcome {
  return result !== undefined;
}

/** Splits `items` into arrays of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Runs a list operation for any number of ISINs (issue 3 "ISIN batching"): the (already validated and
 * normalised) ISINs are de-duplicated, split into chunks of `maxIsinsPerRequest`, sent with at most
 * `maxConcurrency` chunks in flight (each still paced by the limiter), and merged in chunk order: `data`
 * concatenated, `total` summed. Search operations are chunked only when the caller did not page with
 * `limit`/`offset` (chunking would change what a page means).
 *
 * If a chunk fails after its retries, no new chunk starts, chunks in flight finish, and the failing chunk's typed
 * error is thrown with `completed` / `pending` ISINs and the `partialData` of completed chunks, so nothing pulled
 * is lost.
 */
export async function runIsinBatch(
  rt: Runtime,
  op: AnyOperation,
  request: IsinBatchRequest,
  options: RequestOptions,
): Promise<SingleOutcome> {
  const { body } = request;
  const unique = [...new Set(request.isins)];
  const size = rt.config.maxIsinsPerRequest;
  const pages = op.paginated && (body.limit !== undefined || body.offset !== undefined);
  const chunks = pages || unique.length <= size ? [unique] : chunk(unique, size);

  const results: Array<SingleOutcome | undefined> = new Array(chunks.length);
  let next = 0;
  // A holder, not a `let`: workers set it from their own closures, which narrowing would not see.
  const first: { failure: { error: unknown } | null } = { failure: null };
  const worker = async () => {
    while (first.failure === null && next < chunks.length) {
      const index = next++;
      try {
        results[index] = await sendSingle(rt, op, { ...body, isins: chunks[index] }, options);
      } catch (error) {
        first.failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(rt.config.maxConcurrency, chunks.length) }, worker));

  if (first.failure !== null) {
    const { error } = first.failure;
    if (isTerrapinError(error)) {
      error.completed = chunks.flatMap((isins, i) => (results[i] ? isins : []));
      error.pending = chunks.flatMap((isins, i) => (results[i] ? [] : isins));
      error.partialData = results.flatMap((r) => (r?.kind === 'json' ? r.data : []));
    }
    throw error;
  }
  return merge(results.filter(isOutcome), rt);
}

function merge(results: SingleOutcome[], rt: Runtime): SingleOutcome {
  if (results.length === 1) return results[0]!;
  const last = results[results.length - 1]!;
  const rateLimit = rt.shared.lastRateLimit ?? last.rateLimit;
  if (last.kind === 'csv') {
    // Every chunk's CSV starts with the same header line; keep the first one only.
    const csv = results
      .map((r, i) => {
        const text = r.kind === 'csv' ? r.csv : '';
        const rows = i === 0 ? text : text.includes('\n') ? text.slice(text.indexOf('\n') + 1) : '';
        return rows.replace(/\r?\n$/, '');
      })
      .filter((part) => part !== '')
      .join('\n');
    return { kind: 'csv', csv: `${csv}\n`, requestId: last.requestId, rateLimit };
  }
  const data: unknown[] = [];
  let total = 0;
  for (const r of results) {
    if (r.kind !== 'json') continue;
    data.push(...r.data);
    total += r.total;
  }
  return { kind: 'json', data, total, requestId: last.requestId, rateLimit };
}
