/**
 * Typed list accessors for the schedule and flow arrays, so code reads the first, last and neighbouring items
 * through types that prove they exist instead of asserting it.
 */

/** A list with at least one item: `list[0]` is typed as present. */
export type NonEmpty<T> = readonly [T, ...T[]];

/** True when `list` has at least one item. */
export function isNonEmpty<T>(list: readonly T[]): list is NonEmpty<T> {
  return list.length > 0;
}

/** The last item of a non-empty list. */
export function lastOf<T>(list: NonEmpty<T>): T {
  // reduce without a seed starts from list[0], which the type guarantees, so it always returns an item.
  return list.reduce((_, item) => item);
}

/** Each pair of neighbours [a, b] of `items`, in order: [q0, q1], [q1, q2], … (none for fewer than two items). */
export function neighbours(items: readonly number[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  let previous: number | undefined;
  for (const item of items) {
    if (previous !== undefined) pairs.push([previous, item]);
    previous = item;
  }
  return pairs;
}
