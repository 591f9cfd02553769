import { useQuery } from '@tanstack/react-query';

export interface AppInfo {
  mode: 'mock' | 'live';
  upstream: string;
}

/** Whether the server answers from the embedded mock or the real API (server/app.mjs `/api/app-info`). */
export function useAppInfo() {
  return useQuery({
    queryKey: ['bond-screener', 'app-info'],
    queryFn: async ({ signal }): Promise<AppInfo> => {
      const response = await fetch('/api/app-info', { signal });
      if (!response.ok) throw new Error(`App info answered ${response.status}`);
      return (await response.json()) as AppInfo;
    },
    staleTime: Number.POSITIVE_INFINITY,
  });
}
