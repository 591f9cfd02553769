import type { Row } from './rows';

/** The API's envelope, pretty-printed: lossless, and `total` tells scripts whether there is more to page. */
export function renderJson(rows: readonly unknown[], total: number | null): string {
  return `${JSON.stringify({ data: rows, total: total ?? rows.length }, null, 2)}\n`;
}

/** One JSON object per line (streams into `jq -c`, `wc -l`, log pipelines). */
export function renderNdjsonRow(row: Row | unknown): string {
  return `${JSON.stringify(row)}\n`;
}
