import { binaryResponse } from '../contract/schema-helpers';
import type { AnyOperation, OperationName } from '../contract/types';
import { validateRequest } from '../contract/validate';
import { toErrorItems } from '../errors/error-item';
import { TerrapinError } from '../errors/terrapin-error';
import { TerrapinRequestValidationError } from '../errors/validation-errors';
import { runIsinBatch } from './batch';
import { CallTracker } from './call-tracker';
import { type TerrapinDocument, toDocument } from './document';
import type { TerrapinCallObserver } from './hooks';
import type { RequestOptions } from './options';
import { enforceBudget, requestedIsins, rowIsins, settleBudget } from './quota-guard';
import type { RateLimitInfo } from './rate-limit-headers';
import { sendWithRetries } from './request';
import type { Runtime } from './runtime';
import { throwIfAborted } from './signals';
import { type SingleOutcome, sendSingle } from './single-call';

/** What any operation call resolves to before it is typed per operation. */
export type AnyOutcome =
  | { data: unknown[]; total: number; requestId: string | null; rateLimit: RateLimitInfo | null }
  | { csv: string; requestId: string | null; rateLimit: RateLimitInfo | null }
  | TerrapinDocument;

/** True for operations whose 200 body is raw bytes (`download_document`). */
export function isBinary(op: AnyOperation): boolean {
  return op.response === binaryResponse || (op.response as { kind?: unknown } | null)?.kind === 'binary';
}

/**
 * The pipeline behind every generated method: validate the body locally (CONTRACT.md §1, §8: pointers, nothing
 * sent on failure), check the monthly budget, then send — as a stream for documents, batched for ISIN lists,
 * as one paced and retried request otherwise.
 */
export function callOperation(
  rt: Runtime,
  op: AnyOperation,
  params: unknown,
  options: RequestOptions = {},
): Promise<AnyOutcome> {
  const onCall = rt.config.hooks.onCall;
  if (!onCall) return runOperation(rt, op, params, options);
  let observer: TerrapinCallObserver | undefined;
  try {
    observer = onCall({ operation: op.name }) ?? undefined;
  } catch (error) {
    rt.config.logger.warn('[terrapin] onCall threw; the request continues', error);
  }
  if (!observer) return runOperation(rt, op, params, options);
  const tracker = new CallTracker(op.name, observer, rt.config.logger);
  const run = () =>
    runOperation({ ...rt, call: tracker }, op, params, options).then(
      (outcome) => {
        tracker.end(null);
        return outcome;
      },
      (error: unknown) => {
        tracker.end(error);
        throw error;
      },
    );
  return observer.run ? observer.run(run) : run();
}

async function runOperation(
  rt: Runtime,
  op: AnyOperation,
  params: unknown,
  options: RequestOptions,
): Promise<AnyOutcome> {
  throwIfAborted(options.signal);
  if (options.accept === 'csv' && !op.acceptsCsv) {
    throw new TerrapinError(
      `${op.name} does not document CSV output (CONTRACT.md §7); call it without { accept: 'csv' }`,
    );
  }
  const validation = validateRequest(op.name as OperationName, params);
  if (!validation.success) throw new TerrapinRequestValidationError(op.name, toErrorItems(validation.errors));
  const body = validation.data as unknown;

  if (isBinary(op)) {
    const http = await sendWithRetries(rt, {
      operation: op.name,
      path: op.path,
      body,
      accept: '*/*',
      stream: true,
      bodyLimit: { bytes: rt.config.maxDocumentBytes, option: 'maxDocumentBytes' },
      options,
    });
    return toDocument(http, rt.config.maxDocumentBytes, {
      operation: op.name,
      url: `${rt.config.baseUrl}${op.path}`,
      callerSignal: options.signal,
      timeoutMs: options.timeout ?? rt.config.timeout,
      redact: rt.credentials.redact,
    });
  }

  const asked = requestedIsins(op, body);
  const reserved = asked ? await enforceBudget(rt, [...new Set(asked)]) : [];

  const isins = op.isinField === 'isins' ? (body as { isins?: unknown }).isins : undefined;
  let outcome: SingleOutcome;
  try {
    outcome = Array.isArray(isins)
      ? await runIsinBatch(rt, op, body as Record<string, unknown> & { isins: string[] }, options)
      : await sendSingle(rt, op, body, options);
  } catch (error) {
    const partial = (error as { partialData?: unknown } | null)?.partialData;
    await settleBudget(rt, reserved, Array.isArray(partial) ? rowIsins(partial) : []);
    throw error;
  }
  await settleBudget(rt, reserved, chargedIsins(op, asked ?? [], outcome));
  if (outcome.kind === 'csv')
    return { csv: outcome.csv, requestId: outcome.requestId, rateLimit: outcome.rateLimit };
  return {
    data: outcome.data,
    total: outcome.total,
    requestId: outcome.requestId,
    rateLimit: outcome.rateLimit,
  };
}

/** The requested ISINs the upstream charged for: the returned rows' (the asked one for single-ISIN operations). */
function chargedIsins(op: AnyOperation, asked: readonly string[], outcome: SingleOutcome): string[] {
  if (outcome.kind === 'csv') return asked.filter((isin) => outcome.csv.includes(isin));
  return op.isinField === 'isin' ? [...asked] : rowIsins(outcome.data);
}
