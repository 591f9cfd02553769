import { useTerrapinQuery } from '@terrapin/react-hooks';
import type { ResultRow } from '../lib/columns';
import type { SearchBody } from '../lib/filters';
import { operationsFor } from '../lib/operations';
import type { Universe } from '../lib/universe';

/**
 * One page of search results. The universe picks the operation; one generic hook keeps the hook order stable when
 * the user switches universes. The previous page stays on screen while the next one of the same universe loads
 * (paging, sorting, filtering); after a switch of universe the table shows its loading state instead, never the
 * other universe's rows under the new tab's columns and links.
 */
export function useSearchResults(universe: Universe, body: SearchBody) {
  const name = operationsFor[universe].search;
  const query = useTerrapinQuery(name as 'bond_search', body as never, {
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === name ? previous : undefined,
  });
  // Only the fields the page reads: spreading the query result would subscribe to every field (TanStack's tracked
  // properties) and re-render on each of them (@tanstack/query/no-rest-destructuring).
  const { data, error, isPending, isFetching, refetch } = query;
  return {
    error,
    isPending,
    isFetching,
    refetch,
    rows: (data?.data ?? []) as ResultRow[],
    total: data?.total ?? 0,
  };
}
