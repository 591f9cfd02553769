/** Node's `util.inspect` hook, which Bun and Deno honour too (browsers have no such hook). */
const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** How an object shows itself to `util.inspect`: `inspect` formats nested values the way the caller asked. */
export type InspectView = (
  depth: number,
  options: unknown,
  inspect?: (value: unknown, options: unknown) => string,
) => string;

/**
 * Makes `util.inspect(target)` (and `console.log` on servers) print `view` instead of the object's fields. The
 * property is not enumerable, so spreads, `Object.keys` and `JSON.stringify` do not see it.
 */
export function setInspectView(target: object, view: InspectView): void {
  Object.defineProperty(target, INSPECT, { value: view, enumerable: false });
}
