import { QueryCache, QueryClient } from '@tanstack/react-query';

export const proxyStatusKey = ['bond-screener', 'proxy-status'] as const;

/**
 * The app's QueryClient. Core already retries what is retryable, so queries do not retry on top of it; every
 * settled Terrapin request refreshes the quota / rate-limit panel, which reads the proxy's ledger.
 */
export function createAppQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onSettled: (_data, _error, query) => {
        if (query.queryKey[0] !== proxyStatusKey[0]) {
          void queryClient.invalidateQueries({ queryKey: proxyStatusKey });
        }
      },
    }),
    defaultOptions: {
      queries: { retry: false, staleTime: 5 * 60_000, refetchOnWindowFocus: false },
    },
  });
  return queryClient;
}
