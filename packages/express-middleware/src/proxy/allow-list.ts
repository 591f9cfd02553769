import { type OperationName, operationNames } from '@terrapin/core';

/**
 * Checks `allow` once, at mount time: a typo in an operation name fails the app's start, not a browser's call.
 * Answers the allowed operations by the name a URL spells them with.
 */
export function checkAllowList(allow: readonly string[] | undefined): ReadonlyMap<string, OperationName> {
  if (!Array.isArray(allow)) {
    throw new TypeError(
      "terrapinProxy() needs `allow`, the operations the browser may call, e.g. allow: ['bond_search', 'bond_reference']",
    );
  }
  const known = new Map<string, OperationName>(operationNames.map((name) => [name, name]));
  const unknown = allow.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new TypeError(
      `terrapinProxy(): unknown operation(s) in allow: ${unknown.join(', ')}. Known operations: ${operationNames.join(', ')}`,
    );
  }
  return new Map(operationNames.filter((name) => allow.includes(name)).map((name) => [name, name]));
}
