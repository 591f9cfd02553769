import { readAnswerBody } from './answer-body';
import { logAttempt } from './attempt-log';
import type { AttemptRecord, AttemptResult } from './attempt-result';
import type { CallContext } from './call-context';
import { createApiError } from './error-from-response';
import { callHook } from './hooks';
import { requestIdOf, safeHeaders } from './http-headers';
import type { Permit } from './limiter';
import { parseRateLimitHeaders, type RateLimitInfo } from './rate-limit-headers';
import type { AttemptSignal } from './signals';
import type { TransportRequest } from './transport';

/** An HTTP answer to one attempt, with what the attempt holds while it is read. */
export interface Answered {
  response: Response;
  request: TransportRequest;
  signals: AttemptSignal;
  permit: Permit | null;
}

/**
 * Takes the HTTP answer to an attempt: records what the server said (latency, status, rate limit), frees the
 * pacing slot, reads the body and reports the answer. A 2xx is the success; any other status is the API error to
 * retry or throw. A redirect or a 2xx body past its limit throws.
 */
export async function takeAnswer(
  ctx: CallContext,
  attempt: AttemptRecord,
  answered: Answered,
): Promise<AttemptResult> {
  const { response, permit } = answered;
  const facts = await recordAnswer(ctx, attempt, response);
  // Only now may requests queued behind a probe go: the policy it brought back is known.
  await permit?.({ sent: true, answered: true });
  // onResponse reports every HTTP answer, also the ones refused before their body is read.
  const report = () => reportAnswer(ctx, attempt, facts);
  const text = await readAnswerBody(ctx, { ...answered, report });
  if (response.ok) return { ok: true, success: { response, text, ...facts } };
  const failure = createApiError({
    status: facts.status,
    statusText: response.statusText,
    headers: response.headers,
    text: text ?? '',
    redact: ctx.rt.credentials.redact,
  });
  return { ok: false, failure, attempt };
}

/** What the headers of an answer said. */
interface AnswerFacts {
  status: number;
  requestId: string | null;
  rateLimit: RateLimitInfo | null;
}

/**
 * Notes the answer on the attempt, the call tracker, the shared rate-limit state and the limiter (latency, and
 * the policy the `ratelimit` headers state).
 */
async function recordAnswer(
  ctx: CallContext,
  attempt: AttemptRecord,
  response: Response,
): Promise<AnswerFacts> {
  const { rt } = ctx;
  rt.limiter?.recordLatency(Date.now() - attempt.startedAt);
  const facts: AnswerFacts = {
    status: response.status,
    requestId: requestIdOf(response.headers),
    rateLimit: parseRateLimitHeaders(response.headers),
  };
  attempt.status = facts.status;
  attempt.requestId = facts.requestId;
  if (ctx.observed) attempt.headers = safeHeaders(response.headers, rt.credentials.redact);
  rt.call?.answer(facts.status, facts.requestId, facts.rateLimit);
  if (facts.rateLimit) {
    rt.shared.lastRateLimit = facts.rateLimit;
    await rt.limiter?.observe(facts.rateLimit);
  }
  return facts;
}

/** The answer's debug line and `onResponse`. */
function reportAnswer(ctx: CallContext, attempt: AttemptRecord, facts: AnswerFacts): void {
  const { logger, hooks } = ctx.rt.config;
  attempt.reported = true;
  logAttempt(logger, ctx.call.operation, attempt.number, attempt.startedAt, {
    status: facts.status,
    request_id: facts.requestId,
    ratelimit_remaining: facts.rateLimit?.remaining,
  });
  // Built only for a hook that will read it: this runs once per attempt (bench P1).
  if (!hooks.onResponse) return;
  const durationMs = Date.now() - attempt.startedAt;
  callHook(hooks.onResponse, { ...attempt.info, ...facts, durationMs, headers: attempt.headers }, logger);
}
