import { keepPreviousData } from '@tanstack/react-query';
import { useTerrapinQuery } from '@terrapin/react-hooks';
import type { ResultRow } from '../lib/columns';
import type { SearchBody } from '../lib/filters';
import { operationsFor } from '../lib/operations';
import type { Universe } from '../lib/universe';

/**
 * One page of search results. The universe picks the operation; one generic hook keeps the hook order stable when
 * the user switches universes. The previous page stays on screen while the next one loads.
 */
export function useSearchResults(universe: Universe, body: SearchBody) {
  const name = operationsFor[universe].search;
  const query = useTerrapinQuery(name as 'bond_search', body as never, { placeholderData: keepPreviousData });
  return {
    ...query,
    rows: (query.data?.data ?? []) as ResultRow[],
    total: query.data?.total ?? 0,
  };
}
