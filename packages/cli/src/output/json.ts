import type { Row } from './rows';
import { jsonSafe } from './terminal-safe';

/**
 * The API's envelope, pretty-printed: lossless, and `total` tells scripts whether there is more to page. DEL, C1
 * and bidi controls are written as `\uXXXX` (same value, nothing a terminal acts on).
 */
export function renderJson(rows: readonly unknown[], total: number | null): string {
  return `${jsonSafe(JSON.stringify({ data: rows, total: total ?? rows.length }, null, 2))}\n`;
}

/** One JSON object per line (streams into `jq -c`, `wc -l`, log pipelines). */
export function renderNdjsonRow(row: Row | unknown): string {
  return `${jsonSafe(JSON.stringify(row))}\n`;
}
