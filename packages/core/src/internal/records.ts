/**
 * Narrowing for values parsed from JSON, headers or user input, so callers read properties through a type guard
 * instead of casting. One copy for core and every adapter (exported from `@terrapin/core/adapter-kit`).
 */

/** A JSON object as parsed: non-null, not an array. */
export type JsonRecord = Record<string, unknown>;

/** True when `value` is a plain JSON-like object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The own property `key` of `value` when `value` is an object, else `undefined`. Never reads inherited keys, so a
 * hostile `__proto__` or `constructor` in the data cannot redirect the read.
 */
export function propertyOf(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}
