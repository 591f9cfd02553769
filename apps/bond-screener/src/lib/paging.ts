export const pageSizes = [10, 25, 50, 100] as const;
export const defaultPageSize = 25;

export interface PageInfo {
  /** 1-based page number. */
  page: number;
  pageCount: number;
  /** 1-based index of the first row shown, 0 when there are none. */
  first: number;
  /** 1-based index of the last row shown. */
  last: number;
  hasPrevious: boolean;
  hasNext: boolean;
}

/** Page arithmetic for limit/offset paging with the API's `total`; `shown` is how many rows this page returned. */
export function pageInfo(offset: number, limit: number, total: number, shown: number): PageInfo {
  const size = Math.max(1, limit);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(pageCount, Math.floor(offset / size) + 1);
  const first = shown > 0 ? offset + 1 : 0;
  const last = shown > 0 ? offset + shown : 0;
  return { page, pageCount, first, last, hasPrevious: offset > 0, hasNext: offset + size < total };
}

/** Offset of a 1-based page, clamped to the pages that exist. */
export function offsetForPage(page: number, limit: number, total: number): number {
  const size = Math.max(1, limit);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const clamped = Math.min(Math.max(1, Math.floor(page)), pageCount);
  return (clamped - 1) * size;
}

/** `Showing 26–50 of 1,234`. */
export function rangeLabel(info: PageInfo, total: number): string {
  const format = new Intl.NumberFormat('en-US');
  if (total === 0 || info.first === 0) return `No results of ${format.format(total)}`;
  return `Showing ${format.format(info.first)}–${format.format(info.last)} of ${format.format(total)}`;
}
