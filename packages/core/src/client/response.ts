import { checkResponse } from '../contract/response-check';
import type { AnyOperation } from '../contract/types';
import { toErrorItems } from '../errors/error-item';
import { TerrapinResponseValidationError } from '../errors/validation-errors';
import { isRecord, type JsonRecord } from '../internal/records';
import { snippet, truncateBody } from './error-from-response';
import type { HttpSuccess } from './http-call';
import type { ResolvedConfig } from './options';

/** The `{ data, total }` of a 2xx JSON answer. */
export interface Envelope {
  data: unknown[];
  total: number;
}

/** The parsed body of a 2xx answer that has the envelope's `data` array. */
interface EnvelopeBody {
  body: JsonRecord;
  data: unknown[];
}

/**
 * Reads a 2xx JSON body as the success envelope (CONTRACT.md §2). Not JSON, or no `data` array: always a
 * {@link TerrapinResponseValidationError} (never a raw `SyntaxError`). Otherwise the operation's response schema
 * decides, per `validateResponses`: throw, warn and keep the raw body, or skip the check.
 */
export function readEnvelope(
  op: AnyOperation,
  http: HttpSuccess,
  config: ResolvedConfig,
  redact: (text: string) => string,
): Envelope {
  const { body, data } = parseEnvelope(op, http, redact);
  if (config.validateResponses !== 'off') {
    const result = checkResponse(op, body);
    if (result.success) return { data: result.data.data, total: result.data.total };
    const error = new TerrapinResponseValidationError({
      operation: op.name,
      status: http.status,
      requestId: http.requestId,
      summary: `Response of ${op.name} does not match the contract`,
      hint: config.validateResponses === 'throw' ? "Pass validateResponses: 'warn' to accept it" : undefined,
      errors: toErrorItems(result.errors, redact),
    });
    if (config.validateResponses === 'throw') throw error;
    config.logger.warn(
      `[terrapin] ${error.message} (validateResponses: 'warn', returning the body as received)`,
    );
  }
  const total = body.total;
  return { data, total: typeof total === 'number' ? total : data.length };
}

/** Parses the body and finds its `data` array; an empty body, non-JSON or no `data` array is refused. */
function parseEnvelope(op: AnyOperation, http: HttpSuccess, redact: (text: string) => string): EnvelopeBody {
  const text = http.text ?? '';
  const fail = (summary: string, detail: string, body: string | null, pointer?: string) =>
    new TerrapinResponseValidationError({
      operation: op.name,
      status: http.status,
      requestId: http.requestId,
      summary,
      body,
      errors: [pointer === undefined ? { detail } : { detail, pointer, source: { pointer } }],
    });

  if (text.trim() === '') {
    throw fail(
      `${op.name} answered ${http.status} with an empty body`,
      'Expected the { data, total } envelope',
      '',
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const body = redact(text);
    throw fail(
      `${op.name} answered ${http.status} with a body that is not JSON`,
      `${error instanceof Error ? error.message : String(error)}; body starts "${snippet(body)}"`,
      truncateBody(body),
    );
  }
  const data = isRecord(parsed) ? parsed.data : undefined;
  if (!isRecord(parsed) || !Array.isArray(data)) {
    throw fail(
      `${op.name} answered ${http.status} without the { data, total } envelope`,
      'Expected an array at /data',
      null,
      '/data',
    );
  }
  return { body: parsed, data };
}
