import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type RenderHookOptions, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { TerrapinProvider } from '../../src/index';
import type { TerrapinHookClient } from '../../src/options/index';

/** A fresh QueryClient with test-friendly defaults (no garbage collection surprises, no retries). */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { gcTime: Number.POSITIVE_INFINITY } } });
}

/** Props of {@link TestProviders}. */
export interface TestProvidersProps {
  client: TerrapinHookClient;
  queryClient: QueryClient;
  children?: ReactNode;
}

/** The app's providers: its own QueryClientProvider, then the TerrapinProvider. */
export function TestProviders({ client, queryClient, children }: TestProvidersProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <TerrapinProvider client={client}>{children}</TerrapinProvider>
    </QueryClientProvider>
  );
}

/** renderHook inside the providers. */
export function renderTerrapinHook<Result, Props>(
  hook: (props: Props) => Result,
  client: TerrapinHookClient,
  options: Omit<RenderHookOptions<Props>, 'wrapper'> & { queryClient?: QueryClient } = {},
) {
  const queryClient = options.queryClient ?? createQueryClient();
  const rendered = renderHook(hook, {
    ...options,
    wrapper: ({ children }) => TestProviders({ client, queryClient, children }),
  });
  return { ...rendered, queryClient };
}
