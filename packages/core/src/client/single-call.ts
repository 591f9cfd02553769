import { requestedIsins } from '../contract/quota-isins';
import type { AnyOperation } from '../contract/types';
import type { RequestOptions } from './options';
import { recordPulled, rowIsins } from './quota-guard';
import type { RateLimitInfo } from './rate-limit-headers';
import { sendWithRetries } from './request';
import { readEnvelope } from './response';
import type { Runtime } from './runtime';

/** The outcome of one HTTP call of a JSON operation. */
export type SingleOutcome =
  | {
      kind: 'json';
      data: unknown[];
      total: number;
      requestId: string | null;
      rateLimit: RateLimitInfo | null;
    }
  | { kind: 'csv'; csv: string; requestId: string | null; rateLimit: RateLimitInfo | null };

/**
 * Sends one validated body (with retries) and reads the answer as the envelope or as CSV text, then records the
 * ISINs it pulled in the quota ledger.
 */
export async function sendSingle(
  rt: Runtime,
  op: AnyOperation,
  body: unknown,
  options: RequestOptions,
): Promise<SingleOutcome> {
  const csv = options.accept === 'csv';
  const http = await sendWithRetries(rt, {
    operation: op.name,
    path: op.path,
    body,
    accept: csv ? 'text/csv' : 'application/json',
    stream: false,
    bodyLimit: { bytes: rt.config.maxResponseBytes, option: 'maxResponseBytes' },
    options,
  });
  const asked = requestedIsins(op, body);
  if (csv) {
    const text = http.text ?? '';
    // CSV rows are not parsed; an asked ISIN that appears in the file was returned.
    if (asked)
      await recordPulled(
        rt,
        asked.filter((isin) => text.includes(isin)),
      );
    return { kind: 'csv', csv: text, requestId: http.requestId, rateLimit: http.rateLimit };
  }
  const envelope = readEnvelope(op, http, rt.config, rt.credentials.redact);
  if (asked) await recordPulled(rt, op.isinField === 'isin' ? asked : rowIsins(envelope.data));
  return { kind: 'json', ...envelope, requestId: http.requestId, rateLimit: http.rateLimit };
}
