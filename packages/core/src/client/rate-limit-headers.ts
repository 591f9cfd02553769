/**
 * Parsing of the rate-limit headers (CONTRACT.md §4). Lenient on purpose: the API documents
 * `ratelimit: limit=100, remaining=42, reset=23` and `ratelimit-policy: 100;w=60`, and the IETF draft it follows
 * has changed shape across versions (`"default";r=42;t=23`, `"default";q=100;w=60`, separate
 * `ratelimit-limit/-remaining/-reset` headers), so every one of those forms is read.
 */

import type { RateLimitInfo } from '../errors/rate-limit-info';

export type { RateLimitInfo };

const ALIASES: Record<string, 'limit' | 'remaining' | 'reset' | 'window'> = {
  limit: 'limit',
  l: 'limit',
  q: 'limit',
  quota: 'limit',
  remaining: 'remaining',
  r: 'remaining',
  reset: 'reset',
  t: 'reset',
  w: 'window',
  window: 'window',
};

type Fields = Partial<Record<'limit' | 'remaining' | 'reset' | 'window' | 'bare', number>>;

/**
 * Bounds on header values (issue 14 item 2: `reset=1e9` overflowed `setTimeout`). No count a server states is
 * above a billion, and no wait is above a year; anything larger is a broken or hostile header, clamped so the
 * arithmetic downstream stays exact and a "wait that long" still reads as "too long" (the client's wait caps then
 * refuse at once). Negative, `NaN` and non-numeric values are ignored.
 */
const MAX_COUNT = 1_000_000_000;
const MAX_SECONDS = 366 * 24 * 60 * 60;

function toNumber(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw.trim().replace(/^"|"$/g, ''));
  return raw.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A count (`limit`, `remaining`): a whole number, at most {@link MAX_COUNT}. */
function count(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Math.min(Math.floor(n), MAX_COUNT);
}

/** A duration in seconds (`reset`, window, `retry-after`): at most {@link MAX_SECONDS}. */
function seconds(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Math.min(n, MAX_SECONDS);
}

/**
 * Header values seen lately and what they parsed to. Every answer carries the same `ratelimit-policy` and one of
 * few `ratelimit` values, so most parses are repeats (bench P1). Bounded: cleared when full, so a hostile server
 * varying its values holds no more than this many, and no long value is kept.
 */
const recentFields = new Map<string, Readonly<Fields> | null>();
const MAX_RECENT_FIELDS = 64;
const MAX_CACHED_VALUE_LENGTH = 200;

/** {@link readFields} of a header value, remembered. */
function parseFields(value: string | null): Readonly<Fields> | null {
  if (!value) return null;
  const seen = recentFields.get(value);
  if (seen !== undefined) return seen;
  if (recentFields.size >= MAX_RECENT_FIELDS) recentFields.clear();
  const fields = readFields(value);
  if (value.length <= MAX_CACHED_VALUE_LENGTH) recentFields.set(value, fields);
  return fields;
}

/** Reads `k=v` pairs separated by `,` or `;`; a bare leading number (`100;w=60`) is kept as `bare`. */
function readFields(value: string): Readonly<Fields> | null {
  // Several policies in one header (draft form `"a";q=10;w=1, "b";q=100;w=60`): keep the first one.
  const items = value.split(/[,;]/).map((s) => s.trim());
  const fields: Fields = {};
  for (const item of items) {
    if (!item) continue;
    const eq = item.indexOf('=');
    if (eq === -1) {
      const bare = toNumber(item);
      if (bare !== undefined && fields.bare === undefined) fields.bare = bare;
      continue;
    }
    const key = ALIASES[item.slice(0, eq).trim().toLowerCase()];
    const n = toNumber(item.slice(eq + 1));
    if (key && n !== undefined && fields[key] === undefined) fields[key] = n;
  }
  return Object.keys(fields).length > 0 ? Object.freeze(fields) : null;
}

/**
 * Parses `ratelimit`, `ratelimit-policy` (and the older `ratelimit-limit/-remaining/-reset` and `x-ratelimit-*`
 * variants) from a response. Returns `null` when none is present or readable.
 * @example parseRateLimitHeaders(new Headers({ ratelimit: 'limit=100, remaining=42, reset=23' }))
 * // { limit: 100, remaining: 42, resetMs: 23_000, policy: null }
 */
export function parseRateLimitHeaders(headers: Headers): RateLimitInfo | null {
  const state = parseFields(headers.get('ratelimit')) ?? {};
  const policyFields = parseFields(headers.get('ratelimit-policy') ?? headers.get('x-ratelimit-policy'));
  const separate = (name: string) =>
    toNumber(headers.get(`ratelimit-${name}`) ?? headers.get(`x-ratelimit-${name}`) ?? undefined);

  const policyLimit = count(policyFields?.limit ?? policyFields?.bare);
  const policyWindow = seconds(policyFields?.window);
  const policy =
    policyLimit !== undefined && policyWindow !== undefined && policyWindow > 0
      ? { limit: policyLimit, windowMs: policyWindow * 1000 }
      : null;

  const limit = count(state.limit ?? separate('limit')) ?? policyLimit ?? null;
  let remaining = count(state.remaining ?? separate('remaining')) ?? null;
  // More left than the limit allows is not a state any window can be in: believe the limit.
  if (remaining !== null && limit !== null && remaining > limit) remaining = limit;
  const resetSeconds = seconds(state.reset ?? separate('reset'));
  const resetMs = resetSeconds === undefined ? null : resetSeconds * 1000;
  if (limit === null && remaining === null && resetMs === null && policy === null) return null;
  return { limit, remaining, resetMs, policy };
}

/**
 * How long a 429 (or 503) asks to wait, in ms: `retry-after-ms`, else `retry-after` (integer seconds, the
 * documented form, or an HTTP date), else the `ratelimit` reset (CONTRACT.md §4). `null` when none is usable.
 */
export function retryAfterMs(
  headers: Headers,
  rateLimit: RateLimitInfo | null,
  now = Date.now(),
): number | null {
  const ms = toNumber(headers.get('retry-after-ms') ?? undefined);
  if (ms !== undefined) return Math.min(ms, MAX_SECONDS * 1000);
  const raw = headers.get('retry-after');
  if (raw) {
    const delay = seconds(toNumber(raw));
    if (delay !== undefined) return delay * 1000;
    const date = Date.parse(raw);
    if (!Number.isNaN(date)) return Math.min(Math.max(0, date - now), MAX_SECONDS * 1000);
  }
  return rateLimit?.resetMs ?? null;
}
