import { propertyOf } from '@terrapin/core/adapter-kit';
import { errorKinds } from './exit-codes';

/** A usage or input problem found by the CLI itself (exit code 2), e.g. an invalid ISIN on line 3 of a file. */
export class CliUsageError extends Error {
  static readonly kind = 'CliUsageError';
  /** Extra lines shown under the message (one per invalid input, say). */
  readonly details: string[];
  constructor(message: string, details: string[] = []) {
    super(message);
    this.name = 'CliUsageError';
    this.details = details;
  }
}

/** No usable credentials (exit code 3). */
export class CliAuthError extends Error {
  static readonly kind = 'CliAuthError';
  constructor(message: string) {
    super(message);
    this.name = 'CliAuthError';
  }
}

/** Turns a JSON pointer into the request body back into what the user typed (a flag), when we know it. */
export type PointerToFlag = (pointer: string) => string | undefined;

interface ErrorItemLike {
  title?: string;
  detail?: string;
  pointer?: string;
  source?: { pointer?: string };
}

/** What the formatter reads from a thrown value: core's error members (from any copy of core), or a usage error's. */
interface ApiErrorLike {
  message?: string;
  details?: string[];
  status?: number;
  errors?: ErrorItemLike[];
  requestId?: string;
  retryAfterMs?: number;
  local?: boolean;
  pending?: string[];
  completed?: string[];
}

function stringsOf(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** One error item as the API (or core's validator) wrote it; members of other types are left out. */
function errorItemOf(value: unknown): ErrorItemLike {
  const pointer = textOf(propertyOf(propertyOf(value, 'source'), 'pointer'));
  return {
    title: textOf(propertyOf(value, 'title')),
    detail: textOf(propertyOf(value, 'detail')),
    pointer: textOf(propertyOf(value, 'pointer')),
    ...(pointer === undefined ? {} : { source: { pointer } }),
  };
}

/** The members of a thrown value the formatter uses, each checked: anything may be thrown. */
function errorView(err: unknown): ApiErrorLike {
  const member = (key: string) => propertyOf(err, key);
  const status = member('status');
  const retryAfterMs = member('retryAfterMs');
  const errors = member('errors');
  return {
    message: textOf(member('message')),
    details: stringsOf(member('details')),
    status: typeof status === 'number' ? status : undefined,
    errors: Array.isArray(errors) ? errors.map(errorItemOf) : undefined,
    requestId: textOf(member('requestId')),
    retryAfterMs: typeof retryAfterMs === 'number' ? retryAfterMs : undefined,
    local: member('local') === true,
    pending: stringsOf(member('pending')),
    completed: stringsOf(member('completed')),
  };
}

const HINTS: ReadonlyArray<readonly [string, (e: ApiErrorLike) => string | undefined]> = [
  [
    'TerrapinAuthenticationError',
    () =>
      'Check the API key: `terrapin config set-key`, TERRAPIN_API_KEY or --api-key (in that order of precedence: flag, env, config).',
  ],
  [
    'TerrapinQuotaExceededError',
    (e) =>
      e.local
        ? 'Refused locally by your monthly ISIN budget (`terrapin quota`); nothing was spent.'
        : 'The monthly distinct-ISIN quota is used up; it resets with the next billing month (`terrapin quota`).',
  ],
  ['TerrapinPermissionDeniedError', () => 'This endpoint, ISIN or history window is outside your tier.'],
  [
    'TerrapinRateLimitError',
    (e) =>
      typeof e.retryAfterMs === 'number'
        ? `Rate limited: retry in ${Math.ceil(e.retryAfterMs / 1000)}s.`
        : 'Rate limited: retry shortly.',
  ],
  ['TerrapinTimeoutError', () => 'Raise --timeout (milliseconds) or narrow the request.'],
  ['TerrapinConnectionError', () => 'Check --base-url / TERRAPIN_BASE_URL and your network.'],
];

/**
 * Formats any error for stderr: the API's own words first, each pointer mapped back to the flag the user typed,
 * a how-to-fix hint, then the request id (support asks for it).
 */
export function formatError(err: unknown, pointerToFlag: PointerToFlag = () => undefined): string {
  const lines: string[] = [];
  const e = errorView(err);
  const kinds = errorKinds(err);

  if (err instanceof CliUsageError || kinds.includes('CliUsageError')) {
    lines.push(`error: ${e.message ?? ''}`);
    for (const d of e.details ?? []) lines.push(`  ${d}`);
    return `${lines.join('\n')}\n`;
  }

  const items = e.errors ?? [];
  if (kinds.includes('TerrapinResponseValidationError')) {
    // Pointers here point into the response, not at anything the user typed: core's message says it all.
    lines.push(`error: ${e.message ?? ''}`);
    lines.push(
      '  The API answered with data this CLI does not understand; please report it with the request id.',
    );
    return `${lines.join('\n')}\n`;
  }
  if (kinds.includes('TerrapinRequestValidationError')) {
    lines.push('error: invalid request; nothing was sent');
    for (const item of items) lines.push(`  ${describeItem(item, pointerToFlag)}`);
  } else if (items.length > 0) {
    const status = e.status === undefined ? '' : `${e.status} `;
    lines.push(
      `error: ${status}${items.length === 1 ? describeItem(items[0]!, pointerToFlag) : 'request rejected'}`,
    );
    if (items.length > 1) for (const item of items) lines.push(`  - ${describeItem(item, pointerToFlag)}`);
  } else {
    lines.push(`error: ${e.message || String(err)}`);
  }

  for (const [kind, hint] of HINTS) {
    if (kinds.includes(kind)) {
      const text = hint(e);
      if (text) lines.push(`  ${text}`);
      break;
    }
  }
  // A batched ISIN call that failed part-way: say what was already fetched (and spent), so a rerun can target
  // the rest.
  if (e.pending && e.pending.length > 0 && (e.completed?.length ?? 0) > 0) {
    lines.push(
      `  ${e.completed?.length ?? 0} ISIN(s) were fetched before the failure; ${e.pending.length} still pending.`,
    );
  }
  if (e.requestId) lines.push(`  request id: ${e.requestId}`);
  return `${lines.join('\n')}\n`;
}

/** `Invalid value at --coupon-min: Must be …`: one error item, its pointer shown as the flag when known. */
export function describeItem(item: ErrorItemLike, pointerToFlag: PointerToFlag): string {
  const pointer = item.pointer ?? item.source?.pointer;
  const where = pointer === undefined ? undefined : (pointerToFlag(pointer) ?? (pointer || '/'));
  const head = [item.title, where === undefined ? undefined : `at ${where}`].filter(Boolean).join(' ');
  const detail = item.detail ?? 'Invalid value';
  return head ? `${head}: ${detail}` : detail;
}
