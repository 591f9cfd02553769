import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { TerrapinProvider } from '@terrapin/react-hooks';
import { configure, render } from '@testing-library/react';
import type { ReactElement } from 'react';

export interface FakeCall {
  name: string;
  body: unknown;
}

type Handler = (name: string, body: unknown) => unknown;

// CI runs these next to other suites and a browser; the 1 s default of findBy*/waitFor is too tight under load.
configure({ asyncUtilTimeout: 10_000 });

/**
 * Renders with a QueryClient and a stand-in Terrapin client whose `call` is `handler` (the component tests check
 * what the UI sends and how it shows answers, not the network: the e2e suite drives the real proxy and mock).
 */
export function renderWithTerrapin(ui: ReactElement, handler: Handler) {
  const calls: FakeCall[] = [];
  const client = {
    async call(name: string, body: unknown) {
      calls.push({ name, body });
      return handler(name, body);
    },
    async downloadDocument() {
      throw new Error('not used');
    },
  };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const result = render(
    <QueryClientProvider client={queryClient}>
      <TerrapinProvider client={client as never}>{ui}</TerrapinProvider>
    </QueryClientProvider>,
  );
  return { ...result, calls, queryClient };
}
