import { getOperation } from '@terrapin/core/adapter-kit';
import { normalizeIsin } from '@terrapin/core/identifiers';
import type { QueryOperationName, TerrapinHookParams } from '../options/types';

/**
 * The body a hook sends and the `params` slot of its query key, one value for equal params: object keys sorted
 * at every level, `undefined` members dropped (JSON would drop them anyway), ISINs trimmed and upper-cased as core
 * and the API do. Two components asking for the same thing therefore share one cache entry and one request.
 */
export function canonicalParams<N extends QueryOperationName>(
  name: N,
  params: TerrapinHookParams<N>,
): TerrapinHookParams<N> {
  return sameParams(params, canonicalValue(name, params));
}

/**
 * The canonical form typed as the params it came from. Sound: canonicalising only reorders keys, drops
 * `undefined` members and trims/upper-cases ISIN strings, none of which changes the params' type; an absent body
 * becomes the empty body, which every hook param type admits. The one cast for it.
 */
function sameParams<P>(_params: P, canonical: unknown): P {
  return canonical as P;
}

function canonicalValue(name: QueryOperationName, params: unknown): unknown {
  const op = getOperation(name);
  const body = params ?? (op.bodyIsArray ? [] : {});
  const sorted = sortKeys(body);
  if (op.isinField === null || !isRecord(sorted)) return sorted;
  const value = sorted[op.isinField];
  if (typeof value === 'string') sorted[op.isinField] = normalizeIsin(value);
  else if (Array.isArray(value)) {
    sorted[op.isinField] = value.map((isin) => (typeof isin === 'string' ? normalizeIsin(isin) : isin));
  }
  return sorted;
}

/** Deterministic JSON of a canonical value (used to group coalesced requests). */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : sortKeys(item)));
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = value[key];
    if (member !== undefined) out[key] = sortKeys(member);
  }
  return out;
}

/** A plain object (not an array, a date or a class instance). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
