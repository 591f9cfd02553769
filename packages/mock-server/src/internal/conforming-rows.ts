/**
 * Documented records (generated from spec/examples) typed by the contract's record schemas, checked instead of cast.
 */

/** A zod schema as far as this module needs one (zod and zod/mini schemas both fit). */
interface RecordSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

/**
 * True when `value` passes `schema`. Sound as a type guard for the contract's response records only: they have no
 * transforms or defaults, so what parses is already of the output type, and the value itself (not zod's copy,
 * whose key order may differ) can be served byte for byte as documented.
 */
function conforms<T>(schema: RecordSchema<T>, value: unknown): value is T {
  return schema.safeParse(value).success;
}

/**
 * `rows` as records of `schema`'s type, each checked. A documented row that does not match its record schema is a
 * bug in the generated fixtures, so it throws (naming `what`) rather than being served under a false type.
 */
export function conformingRows<T>(schema: RecordSchema<T>, rows: readonly unknown[], what: string): T[] {
  return rows.map((row, i) => {
    if (!conforms(schema, row)) throw new TypeError(`Documented ${what} row ${i} does not match its schema`);
    return row;
  });
}
