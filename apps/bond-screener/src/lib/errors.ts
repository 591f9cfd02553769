import {
  TerrapinAbortError,
  TerrapinApiError,
  TerrapinAuthenticationError,
  TerrapinConnectionError,
  TerrapinNotFoundError,
  TerrapinPermissionDeniedError,
  TerrapinQuotaExceededError,
  TerrapinRateLimitError,
  TerrapinRequestValidationError,
  TerrapinResponseValidationError,
  TerrapinServerError,
  TerrapinTimeoutError,
  TerrapinUnprocessableEntityError,
} from '@terrapin/core';
import { propertyOf } from '@terrapin/core/adapter-kit';
import { formatSeconds } from './format';

export type ErrorKind =
  | 'validation'
  | 'rate-limit'
  | 'quota'
  | 'permission'
  | 'auth'
  | 'not-found'
  | 'network'
  | 'timeout'
  | 'server'
  | 'response'
  | 'aborted'
  | 'unknown';

export interface FieldProblem {
  pointer: string | null;
  detail: string;
}

/** An error as the UI shows it: what happened, what to do, and the request id support will ask for. */
export interface ErrorPresentation {
  kind: ErrorKind;
  title: string;
  message: string;
  hint: string;
  requestId: string | null;
  problems: FieldProblem[];
}

function problemsOf(error: unknown): FieldProblem[] {
  const items = propertyOf(error, 'errors');
  if (!Array.isArray(items)) return [];
  return items.map((item: unknown) => {
    const own = propertyOf(item, 'pointer');
    const pointer = typeof own === 'string' ? own : propertyOf(propertyOf(item, 'source'), 'pointer');
    const detail = propertyOf(item, 'detail');
    const title = propertyOf(item, 'title');
    return {
      pointer: typeof pointer === 'string' ? pointer : null,
      detail: typeof detail === 'string' ? detail : typeof title === 'string' ? title : '',
    };
  });
}

/** The API's own words: the first error detail, without the request id the SDK appends to messages. */
function apiWords(error: unknown, problems: FieldProblem[]): string {
  const detail = problems.find((problem) => problem.detail)?.detail;
  if (detail) return detail;
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\(request[- ]id[^)]*\)\s*$/i, '').trim();
}

function requestIdOf(error: unknown): string | null {
  const id = propertyOf(error, 'requestId');
  return typeof id === 'string' && id !== '' ? id : null;
}

export function presentError(error: unknown): ErrorPresentation {
  const problems = problemsOf(error);
  const requestId = requestIdOf(error);
  const message = apiWords(error, problems);
  const base = { requestId, problems, message };

  if (TerrapinRequestValidationError.is(error) || TerrapinUnprocessableEntityError.is(error)) {
    return {
      ...base,
      kind: 'validation',
      title: 'A filter value was rejected',
      hint: 'Fix the highlighted field and search again.',
    };
  }
  if (TerrapinRateLimitError.is(error)) {
    const wait = error.retryAfterMs != null ? formatSeconds(error.retryAfterMs / 1000) : 'a moment';
    return {
      ...base,
      kind: 'rate-limit',
      title: 'Rate limit reached',
      hint: `The API allows a fixed number of requests per minute. Try again in ${wait}.`,
    };
  }
  if (TerrapinQuotaExceededError.is(error)) {
    return {
      ...base,
      kind: 'quota',
      title: 'Monthly ISIN quota used up',
      hint: 'Bonds already viewed this month still load; new ISINs are available again next billing month.',
    };
  }
  if (TerrapinPermissionDeniedError.is(error)) {
    return {
      ...base,
      kind: 'permission',
      title: 'Not available on this plan',
      hint: 'This data is outside the API key’s tier (for example, price history older than the tier allows).',
    };
  }
  if (TerrapinAuthenticationError.is(error)) {
    return {
      ...base,
      kind: 'auth',
      title: 'Not authorised',
      hint: 'The server’s TERRAPIN_API_KEY was refused. Check it, or unset it to use the embedded mock server.',
    };
  }
  if (TerrapinNotFoundError.is(error)) {
    return { ...base, kind: 'not-found', title: 'Not found', hint: 'Check the identifier and try again.' };
  }
  if (TerrapinTimeoutError.is(error)) {
    return {
      ...base,
      kind: 'timeout',
      title: 'The request timed out',
      hint: 'The API is slow to answer. Try again, or narrow the search.',
    };
  }
  if (TerrapinAbortError.is(error)) {
    return { ...base, kind: 'aborted', title: 'Request cancelled', hint: 'Run the search again.' };
  }
  if (TerrapinConnectionError.is(error)) {
    return {
      ...base,
      kind: 'network',
      title: 'Cannot reach the app server',
      hint: 'Check that the bond-screener server is still running, then try again.',
    };
  }
  if (TerrapinServerError.is(error)) {
    const upstreamKey = error.status === 502 && /key|auth|token/i.test(message);
    return {
      ...base,
      kind: upstreamKey ? 'auth' : 'server',
      title: upstreamKey ? 'The server’s API key was refused' : 'The data service had a problem',
      hint: upstreamKey
        ? 'Check TERRAPIN_API_KEY on the server, or unset it to use the embedded mock server.'
        : 'This is usually temporary (the SDK already retried). Try again in a minute.',
    };
  }
  if (TerrapinResponseValidationError.is(error)) {
    return {
      ...base,
      kind: 'response',
      title: 'Unexpected data from the API',
      hint: 'The response did not match the contract. Report it with the request id.',
    };
  }
  if (TerrapinApiError.is(error)) {
    return {
      ...base,
      kind: 'unknown',
      title: `The API answered ${error.status}`,
      hint: 'Try again; report it with the request id if it persists.',
    };
  }
  return { ...base, kind: 'unknown', title: 'Something went wrong', hint: 'Try again.' };
}
