/**
 * Cross-copy recognition of Terrapin errors. When an app bundles two copies of `@terrapin/core` (say, one inside
 * a framework adapter), `instanceof` fails across them; the global-registry symbol and each class's static `kind`
 * do not (the Clerk pattern: STYLE.md). This module imports nothing: the analytics entry loads it without HTTP.
 */
export const TERRAPIN_ERROR_BRAND: unique symbol = Symbol.for('terrapin.error');

/** True when `value` carries the brand that every Terrapin error class puts on its prototype. */
export function isBranded(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    TERRAPIN_ERROR_BRAND in value &&
    value[TERRAPIN_ERROR_BRAND] === true
  );
}

/** True when one of the classes in `value`'s prototype chain declares `static kind === kind`. */
export function hasKind(value: unknown, kind: string): boolean {
  if (!isBranded(value)) return false;
  let proto: unknown = Object.getPrototypeOf(value);
  while (isObjectLike(proto)) {
    const ctor = 'constructor' in proto ? proto.constructor : undefined;
    if (isObjectLike(ctor) && 'kind' in ctor && ctor.kind === kind) return true;
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}

/** Objects and functions: what can have properties (a class is a function). */
function isObjectLike(value: unknown): value is object {
  return (typeof value === 'object' || typeof value === 'function') && value !== null;
}
