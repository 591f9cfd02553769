/**
 * Cross-copy recognition of Terrapin errors. When an app bundles two copies of `@terrapin/core` (say, one inside
 * a framework adapter), `instanceof` fails across them; the global-registry symbol and each class's static `kind`
 * do not (the Clerk pattern: STYLE.md).
 */
import { memberOf } from './member-of';

export const TERRAPIN_ERROR_BRAND: unique symbol = Symbol.for('terrapin.error');

/** True when `value` carries the brand that every Terrapin error class puts on its prototype. */
export function isBranded(value: unknown): boolean {
  return typeof value === 'object' && memberOf(value, TERRAPIN_ERROR_BRAND) === true;
}

/** True when one of the classes in `value`'s prototype chain declares `static kind === kind`. */
export function hasKind(value: unknown, kind: string): boolean {
  if (!isBranded(value)) return false;
  let proto: unknown = Object.getPrototypeOf(value);
  while (proto !== null && proto !== undefined) {
    if (memberOf(memberOf(proto, 'constructor'), 'kind') === kind) return true;
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}
