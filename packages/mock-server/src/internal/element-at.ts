/**
 * Checked reads of array elements. The compiler types `items[i]` as possibly `undefined` (noUncheckedIndexedAccess);
 * the generators index arrays they know to be long enough, so a miss is a bug in the mock and fails loudly here
 * instead of being cast away. Elements may be `null` but never `undefined`, which keeps the check exact.
 */

/** The element of `items` at `index` (negative counts from the end); throws when there is none. */
export function elementAt<T extends NonNullable<unknown> | null>(items: ArrayLike<T>, index: number): T {
  const item = index < 0 ? items[items.length + index] : items[index];
  if (item === undefined) {
    throw new RangeError(`No element at index ${index} of a list of ${items.length}`);
  }
  return item;
}
