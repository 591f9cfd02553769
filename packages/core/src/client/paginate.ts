import type { RequestOptions } from './options';
import { throwIfAborted } from './signals';

/** Options of `searchAll`. */
export interface SearchAllOptions extends Omit<RequestOptions, 'accept'> {
  /**
   * Stop after this many rows.
   * @default Infinity (until `total` or an empty page)
   */
  maxItems?: number;
  /**
   * Rows per request (`limit`). Each page costs rate-limit units that grow with `limit` (CONTRACT.md §6); kept
   * ≤ 1000 because of the response cap.
   * @default params.limit, else 100
   */
  pageSize?: number;
}

type PageCall = (
  body: Record<string, unknown>,
  options: RequestOptions,
) => Promise<{ data: readonly unknown[]; total: number }>;

/**
 * Pages through a search with `limit`/`offset` (CONTRACT.md §6): starts at `params.offset ?? 0`, advances by
 * the rows received, and stops at `total`, at `maxItems`, on an empty page, or when `signal` aborts. Pages are
 * fetched lazily, one at a time, as rows are consumed.
 */
export async function* paginate(
  call: PageCall,
  params: Record<string, unknown> | undefined,
  options: SearchAllOptions = {},
): AsyncGenerator<unknown, void, undefined> {
  const { maxItems = Number.POSITIVE_INFINITY, pageSize: askedSize, ...requestOptions } = options;
  const fromParams = typeof params?.limit === 'number' && params.limit > 0 ? params.limit : undefined;
  const pageSize = Math.max(1, Math.min(1000, Math.floor(askedSize ?? fromParams ?? 100)));
  let offset = typeof params?.offset === 'number' ? params.offset : 0;
  let yielded = 0;
  while (yielded < maxItems) {
    throwIfAborted(requestOptions.signal);
    // Never ask for more rows than still wanted: search cost grows with `limit`.
    const limit = Math.min(pageSize, maxItems - yielded);
    const page = await call({ ...params, limit, offset }, requestOptions);
    for (const row of page.data) {
      throwIfAborted(requestOptions.signal);
      yield row;
      yielded += 1;
      if (yielded >= maxItems) return;
    }
    offset += page.data.length;
    if (page.data.length === 0 || offset >= page.total) return;
  }
}
