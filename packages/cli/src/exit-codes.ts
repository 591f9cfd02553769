/**
 * Exit codes (issue 8). Scripts branch on these, so they are part of the public contract: never renumber.
 */
export const ExitCode = {
  /** Success. */
  ok: 0,
  /** Anything unexpected: a server error after retries, a malformed response, a bug. */
  unexpected: 1,
  /** Usage or validation: unknown flag, bad value, invalid ISIN, a 400/422 from the API. */
  usage: 2,
  /** Authentication or permission: no key, wrong key (401), outside your tier (403). */
  auth: 3,
  /** Not found (404), e.g. an unknown document `file_id`. */
  notFound: 4,
  /** Rate limited (429) or the monthly ISIN quota is used up (403 quota, or the local budget). */
  limited: 5,
  /** Network failure or timeout: nothing usable came back. */
  network: 6,
} as const;

/** One of the {@link ExitCode} values. */
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * The class identifiers of an error, most specific first. Core's errors carry a static `kind` on each class
 * (so they are recognised even when two copies of core are loaded); we read it from the prototype chain rather
 * than importing core here, which keeps this module free for the fast paths.
 */
export function errorKinds(err: unknown): string[] {
  const kinds: string[] = [];
  if (typeof err !== 'object' || err === null) return kinds;
  let proto: unknown = Object.getPrototypeOf(err);
  while (typeof proto === 'object' && proto !== null && proto !== Object.prototype) {
    const kind = staticKind('constructor' in proto ? proto.constructor : undefined);
    if (typeof kind === 'string' && !kinds.includes(kind)) kinds.push(kind);
    proto = Object.getPrototypeOf(proto);
  }
  const name = 'name' in err ? err.name : undefined;
  if (typeof name === 'string' && !kinds.includes(name)) kinds.push(name);
  return kinds;
}

/** The static `kind` of an error class (inherited statics included: a subclass keeps its parent's kind). */
function staticKind(errorClass: unknown): unknown {
  return typeof errorClass === 'function' && 'kind' in errorClass ? errorClass.kind : undefined;
}

/** `status` of an API error (an own or inherited member: errors are class instances, not JSON). */
export function statusOf(err: unknown): unknown {
  return typeof err === 'object' && err !== null && 'status' in err ? err.status : undefined;
}

// Order matters: the quota error is also a permission error, and must win (5, not 3).
const BY_KIND: ReadonlyArray<readonly [string, ExitCodeValue]> = [
  ['CliUsageError', ExitCode.usage],
  ['CliAuthError', ExitCode.auth],
  ['TerrapinRequestValidationError', ExitCode.usage],
  ['TerrapinUnprocessableEntityError', ExitCode.usage],
  ['TerrapinBadRequestError', ExitCode.usage],
  ['TerrapinQuotaExceededError', ExitCode.limited],
  ['TerrapinRateLimitError', ExitCode.limited],
  ['TerrapinAuthenticationError', ExitCode.auth],
  ['TerrapinPermissionDeniedError', ExitCode.auth],
  ['TerrapinNotFoundError', ExitCode.notFound],
  ['TerrapinTimeoutError', ExitCode.network],
  ['TerrapinConnectionError', ExitCode.network],
];

/** Maps any thrown value to the exit code scripts should see. */
export function exitCodeFor(err: unknown): ExitCodeValue {
  const kinds = errorKinds(err);
  for (const [kind, code] of BY_KIND) if (kinds.includes(kind)) return code;
  // An API error of a status core has no subclass for (e.g. 409): classify by status family.
  const status = statusOf(err);
  if (typeof status === 'number') {
    if (status === 401 || status === 403) return ExitCode.auth;
    if (status === 404) return ExitCode.notFound;
    if (status === 429) return ExitCode.limited;
    if (status >= 400 && status < 500) return ExitCode.usage;
  }
  return ExitCode.unexpected;
}
