import { useQuery } from '@tanstack/react-query';
import { proxyPath } from '../api/client';
import { proxyStatusKey } from '../api/query-client';
import { parseProxyStatus } from '../lib/proxy-status';

/** The proxy's view of the server key: distinct ISINs this month and the last rate-limit state. */
export function useProxyStatus() {
  return useQuery({
    queryKey: proxyStatusKey,
    queryFn: async ({ signal }) => {
      const response = await fetch(`${proxyPath}/_status`, {
        signal,
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`Status endpoint answered ${response.status}`);
      return parseProxyStatus(await response.json());
    },
    refetchInterval: 15_000,
    staleTime: 0,
  });
}
