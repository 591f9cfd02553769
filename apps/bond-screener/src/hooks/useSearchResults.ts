import { useTerrapinQuery } from '@terrapin/react-hooks';
import { type ResultRow, resultColumns } from '../lib/columns';
import type { Paging, SearchBody } from '../lib/filters';
import { operationsFor } from '../lib/operations';
import { serverSortBody } from '../lib/server-sort';
import { type SortState, sortRows } from '../lib/sort';
import type { Universe } from '../lib/universe';

/** The most rows one search returns (CONTRACT §6): a result set this size or smaller is sorted whole in the browser. */
export const SORT_ALL_LIMIT = 1000;

/**
 * How the rows shown are ordered: `api` (the API sorted the whole set), `all` (the whole set, fetched in one
 * request, sorted here), `page` (the set is larger than one request, so only the page shown is sorted), or `none`.
 */
export type SortMode = 'api' | 'all' | 'page' | 'none';
const NO_ORDER: SortMode = 'none';
const WHOLE_SET: SortMode = 'all';

/**
 * The query fields the page reads. Spreading a whole query result reads every field, which subscribes the
 * component to all of them (TanStack's tracked properties) and re-renders it on each (@tanstack/query's
 * no-rest-destructuring): name what is used instead.
 */
type StatusField = 'error' | 'isPending' | 'isFetching' | 'refetch';
function statusOf<Q extends Record<StatusField, unknown>>(query: Q): Pick<Q, StatusField> {
  const { error, isPending, isFetching, refetch } = query;
  return { error, isPending, isFetching, refetch };
}

function columnValue(universe: Universe) {
  return (row: ResultRow, key: string) => resultColumns[universe].find((c) => c.key === key)?.value(row);
}

/**
 * One page of search results, ordered across the whole result set (issue 18). The universe picks the operation.
 * A column the API sorts by is sent as `sort`; any other column fetches the whole set in one request when it has
 * at most {@link SORT_ALL_LIMIT} rows and sorts and pages it here (paging then costs no request), and only when
 * the set is larger falls back to sorting the page shown, which `sortMode: 'page'` reports. The previous page
 * stays on screen while the next one of the same universe loads; after a switch of universe the table shows its
 * loading state instead, never the other universe's rows under the new tab's columns and links.
 */
export function useSearchResults(
  universe: Universe,
  filters: SearchBody,
  paging: Paging,
  sort: SortState | null,
  enabled = true,
) {
  const name = operationsFor[universe].search as 'bond_search';
  const order = serverSortBody(universe, sort);
  const api = sort !== null && 'sort' in order;
  const local = sort !== null && !api;
  const keep = {
    placeholderData: (previous: unknown, previousQuery?: { queryKey: readonly unknown[] }) =>
      previousQuery?.queryKey[2] === name ? previous : undefined,
  } as never;
  const whole = useTerrapinQuery(
    name,
    { ...filters, limit: SORT_ALL_LIMIT, offset: 0 } as never,
    {
      ...(keep as object),
      enabled: enabled && local,
    } as never,
  );
  const tooLarge = local && (whole.data?.total ?? 0) > SORT_ALL_LIMIT;
  const pageQuery = useTerrapinQuery(
    name,
    { ...filters, ...order, ...paging } as never,
    {
      ...(keep as object),
      enabled: enabled && (!local || tooLarge),
    } as never,
  );

  if (local && !tooLarge && whole.data === undefined && pageQuery.data !== undefined) {
    // While the whole set loads, keep the page on screen (sorted as it stands), marked busy.
    return {
      ...statusOf(pageQuery),
      isFetching: true,
      error: whole.error,
      refetch: whole.refetch,
      rows: sortRows(pageQuery.data.data as ResultRow[], sort, columnValue(universe)),
      total: pageQuery.data.total ?? 0,
      sortMode: NO_ORDER,
    };
  }
  if (local && !tooLarge) {
    const all = (whole.data?.data ?? []) as ResultRow[];
    const sorted = sortRows(all, sort, columnValue(universe));
    return {
      ...statusOf(whole),
      rows: sorted.slice(paging.offset, paging.offset + paging.limit),
      total: whole.data?.total ?? 0,
      sortMode: WHOLE_SET,
    };
  }
  const rows = (pageQuery.data?.data ?? []) as ResultRow[];
  const sortMode: SortMode = tooLarge ? 'page' : api ? 'api' : 'none';
  return {
    ...statusOf(pageQuery),
    rows: tooLarge ? sortRows(rows, sort, columnValue(universe)) : rows,
    total: pageQuery.data?.total ?? 0,
    sortMode,
  };
}
