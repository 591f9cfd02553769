import { isBinaryOperation } from '../contract/operation-table';
import { requestedIsins } from '../contract/quota-isins';
import type { AnyOperation } from '../contract/types';
import { checkRequest } from '../contract/validate';
import { toErrorItems } from '../errors/error-item';
import { TerrapinError } from '../errors/terrapin-error';
import { TerrapinRequestValidationError } from '../errors/validation-errors';
import { isRecord, propertyOf } from '../internal/records';
import { runIsinBatch } from './batch';
import { CallTracker } from './call-tracker';
import { type TerrapinDocument, toDocument } from './document';
import type { TerrapinCallObserver } from './hooks';
import type { RequestOptions } from './options';
import { enforceBudget, rowIsins, settleBudget } from './quota-guard';
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
  const body = validBody(op, params);

  if (isBinaryOperation(op)) return downloadDocument(rt, op, body, options);

  const asked = requestedIsins(op, body);
  const reserved = asked ? await enforceBudget(rt, [...new Set(asked)]) : [];

  const isins = op.isinField === 'isins' ? propertyOf(body, 'isins') : undefined;
  let outcome: SingleOutcome;
  try {
    outcome =
      isRecord(body) && Array.isArray(isins)
        ? await runIsinBatch(rt, op, { body, isins: isins.filter(isString) }, options)
        : await sendSingle(rt, op, body, options);
  } catch (error) {
    const partial = propertyOf(error, 'partialData');
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

/** Sends a document request as a stream (the timeout stops once headers arrive) and wraps the answer. */
async function downloadDocument(
  rt: Runtime,
  op: AnyOperation,
  body: unknown,
  options: RequestOptions,
): Promise<TerrapinDocument> {
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

/**
 * The body validated and normalised by the operation's schema (CONTRACT.md §1, §8).
 * @throws TerrapinRequestValidationError with a JSON pointer per problem; nothing is sent.
 */
function validBody(op: AnyOperation, params: unknown): unknown {
  const validation = checkRequest(op, params);
  if (!validation.success) throw new TerrapinRequestValidationError(op.name, toErrorItems(validation.errors));
  return validation.data;
}

/** Validated ISIN lists hold strings only; the filter lets the type say so. */
function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** The requested ISINs the upstream charged for: the returned rows' (the asked one for single-ISIN operations). */
function chargedIsins(op: AnyOperation, asked: readonly string[], outcome: SingleOutcome): string[] {
  if (outcome.kind === 'csv') return asked.filter((isin) => outcome.csv.includes(isin));
  return op.isinField === 'isin' ? [...asked] : rowIsins(outcome.data);
}
