import { TerrapinResponseTooLargeError } from '../errors/response-too-large-error';
import { declaredLength, discard, type Overflow } from './body-limit';
import type { CallContext } from './call-context';
import { requestIdOf } from './http-headers';
import { isRedirect, redirectError } from './redirect';
import type { AttemptSignal } from './signals';
import { readText, type TransportRequest } from './transport';

/** Error bodies are read this far at most: their details sit in the first bytes (issue 14 item 3). */
const MAX_ERROR_BODY_BYTES = 1024 * 1024;

/** One answer on its way in: what its body is read under, and how to report it once its fate is known. */
export interface IncomingAnswer {
  response: Response;
  request: TransportRequest;
  signals: AttemptSignal;
  /** Reports the answer (debug line, `onResponse`); called once, before any refusal is thrown. */
  report: () => void;
}

/**
 * Reads an answer's body: the text for non-stream calls (and every error body), `null` for a 2xx stream. Throws,
 * after discarding the body, a `TerrapinRedirectError` for a redirect and a `TerrapinResponseTooLargeError` for a
 * 2xx body past its limit; an error body past its limit is cut instead. The attempt's timeout stops once the body
 * is read, or once headers arrived for a stream.
 */
export async function readAnswerBody(ctx: CallContext, answer: IncomingAnswer): Promise<string | null> {
  const { response, request, signals, report } = answer;
  if (isRedirect(response)) {
    discard(response.body);
    signals.clear();
    report();
    const { rt, call } = ctx;
    throw redirectError(
      response,
      call.operation,
      rt.config.baseUrl,
      requestIdOf(response.headers),
      rt.credentials.redact,
    );
  }
  if (ctx.call.stream && response.ok) {
    signals.clear();
    const declared = declaredLength(response.headers);
    if (declared !== null && declared > ctx.call.bodyLimit.bytes) {
      discard(response.body);
      report();
      throw tooLarge(ctx, response, null);
    }
    report();
    return null;
  }
  const text = await readText(response, request, ...bodyLimit(ctx, response));
  signals.clear();
  report();
  return text;
}

/** The refusal of a 2xx body past the call's limit (`received`: bytes read, `null`: refused on content-length). */
function tooLarge(
  ctx: CallContext,
  response: Response,
  received: number | null,
): TerrapinResponseTooLargeError {
  return new TerrapinResponseTooLargeError({
    operation: ctx.call.operation,
    url: ctx.url,
    status: response.status,
    requestId: requestIdOf(response.headers),
    limitBytes: ctx.call.bodyLimit.bytes,
    limitOption: ctx.call.bodyLimit.option,
    receivedBytes: received,
    contentLength: declaredLength(response.headers),
  });
}

/** A 2xx body is refused past the call's limit; an error body is only cut (its details are in the first bytes). */
function bodyLimit(ctx: CallContext, response: Response): [number, Overflow] {
  const { bytes } = ctx.call.bodyLimit;
  if (!response.ok) return [Math.min(MAX_ERROR_BODY_BYTES, bytes), { truncate: true }];
  return [bytes, { refuse: (received) => tooLarge(ctx, response, received) }];
}
