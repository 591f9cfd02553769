import type { ReactNode } from 'react';
import type { TerrapinHookClient } from './options/client';
import { TerrapinContext } from './terrapin-context';

/** Props of {@link TerrapinProvider}. */
export interface TerrapinProviderProps {
  /**
   * The client every hook below calls. In a browser, create it with no key and `baseUrl` pointing at your own
   * proxy: `createTerrapinClient({ baseUrl: 'https://app.example.com/api/terrapin' })`.
   */
  client: TerrapinHookClient;
  children?: ReactNode;
}

/**
 * Makes a Terrapin client available to the hooks. Put it inside your own `QueryClientProvider`: the app owns
 * the `QueryClient` (and its cache, devtools and defaults).
 * @example
 * <QueryClientProvider client={queryClient}>
 *   <TerrapinProvider client={terrapin}>
 *     <App />
 *   </TerrapinProvider>
 * </QueryClientProvider>
 */
export function TerrapinProvider({ client, children }: TerrapinProviderProps) {
  return <TerrapinContext.Provider value={client}>{children}</TerrapinContext.Provider>;
}
