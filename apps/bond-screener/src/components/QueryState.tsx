import type { ReactNode } from 'react';
import { presentError } from '../lib/errors';
import { ErrorPanel } from './ErrorPanel';
import { StateMessage } from './StateMessage';

interface QueryLike<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  refetch: () => unknown;
}

interface QueryStateProps<T> {
  query: QueryLike<T>;
  loading: string;
  empty: string;
  isEmpty: (data: T) => boolean;
  children: (data: T) => ReactNode;
}

/** Loading, error (typed and explained), empty, or the content: the four states of every panel. */
export function QueryState<T>({ query, loading, empty, isEmpty, children }: QueryStateProps<T>) {
  if (query.error) {
    return <ErrorPanel compact error={presentError(query.error)} onRetry={() => void query.refetch()} />;
  }
  if (query.isPending || query.data === undefined)
    return <StateMessage kind="loading">{loading}</StateMessage>;
  if (isEmpty(query.data)) return <StateMessage kind="empty">{empty}</StateMessage>;
  return <>{children(query.data)}</>;
}
