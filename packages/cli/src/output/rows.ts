/**
 * Shapes API rows for flat outputs (table, CSV). JSON output never goes through here except for `--fields`:
 * it stays lossless.
 */

/** A flat record: column name → value (values may still be objects; renderers summarise them). */
export type Row = Record<string, unknown>;

/** True for `{…}` (not arrays, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Wraps non-object items (never expected from the API, but `data` is untrusted) so every row is a record. */
export function asRows(data: readonly unknown[]): Row[] {
  return data.map((item) => (isPlainObject(item) ? item : { value: item }));
}

/**
 * One row per nested record when every row carries exactly one list of records: `{isin, cashflows:[…]}` becomes
 * one row per cash flow with the parent's `isin` (the current bond_cashflows shape, muni events, price-to-yield
 * results…). Decided from the data, not per endpoint, so drifted or new shapes flatten the same way. A child key
 * that collides with a parent key is prefixed (`cashflows.isin`).
 */
export function explodeNested(rows: readonly Row[]): Row[] {
  const listKeys = new Set<string>();
  for (const row of rows) {
    for (const [key, value] of Object.entries(row)) {
      if (Array.isArray(value) && value.length > 0 && value.every(isPlainObject)) listKeys.add(key);
    }
  }
  const [listKey, ...others] = listKeys;
  if (listKey === undefined || others.length > 0) return [...rows];
  const out: Row[] = [];
  for (const row of rows) {
    const { [listKey]: list, ...parent } = row;
    if (!Array.isArray(list) || list.length === 0) {
      out.push(parent);
      continue;
    }
    for (const child of asRows(list)) {
      const merged: Row = { ...parent };
      for (const [key, value] of Object.entries(child)) {
        merged[key in parent ? `${listKey}.${key}` : key] = value;
      }
      out.push(merged);
    }
  }
  return out;
}

/** Every key seen, in first-seen order (records may gain keys and their order is not stable: CONTRACT.md §2). */
export function allColumns(rows: readonly Row[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

// Columns a reader looks for first, when present; everything else follows in data order. A ranking of common
// names, not a per-endpoint list, so it holds for endpoints added later.
const PREFERRED = [
  'isin',
  'name',
  'issuer_name',
  'issuer',
  'entity_name',
  'title',
  'document_type',
  'file_id',
  'date',
  'trade_date',
  'trade_datetime',
  'as_of_date',
  'settlement_date',
  'type',
  'amount',
  'coupon',
  'interest_rate',
  'price',
  'yield',
  'maturity_date',
  'currency',
  'country',
  'state',
];

/** Preferred names first, then the rest in data order (shared by the table and CSV). */
export function rankColumns(columns: readonly string[]): string[] {
  return [
    ...PREFERRED.filter((key) => columns.includes(key)),
    ...columns.filter((key) => !PREFERRED.includes(key)),
  ];
}

/** True for values that read well in one table cell. */
function isScalar(value: unknown): boolean {
  return value === null || value === undefined || typeof value !== 'object';
}

/**
 * The default table columns: preferred names first, then other scalar columns in data order, up to `max`.
 * Nested values are left out by default (they are summarised only when asked for with `--fields`).
 */
export function defaultColumns(rows: readonly Row[], max = 8): string[] {
  const columns = allColumns(rows);
  const scalar = columns.filter((key) => rows.every((row) => isScalar(row[key])));
  const chosen = rankColumns(scalar).slice(0, max);
  // Rows with no scalar at all (rare): show the nested columns summarised rather than an empty table.
  return chosen.length > 0 ? chosen : columns.slice(0, max);
}

/** Keeps only `fields` of each row, in that order (`--fields` for JSON/NDJSON). Missing fields stay absent. */
export function projectRows(rows: readonly Row[], fields: readonly string[]): Row[] {
  return rows.map((row) => {
    const out: Row = {};
    for (const field of fields) if (field in row) out[field] = row[field];
    return out;
  });
}
