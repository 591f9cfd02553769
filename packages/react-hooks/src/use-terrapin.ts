import { useContext } from 'react';
import type { TerrapinHookClient } from './options/client';
import { TerrapinContext } from './terrapin-context';

const OUTSIDE_PROVIDER = `useTerrapin() found no Terrapin client: hooks from @terrapin/react-hooks must be used below a <TerrapinProvider>. Wrap your app once, inside your QueryClientProvider:

  import { TerrapinProvider } from '@terrapin/react-hooks';
  const terrapin = createTerrapinClient({ baseUrl: 'https://app.example.com/api/terrapin' });
  <TerrapinProvider client={terrapin}><App /></TerrapinProvider>`;

/**
 * The client of the nearest {@link TerrapinProvider}, for calls the hooks do not cover (or for option factories).
 * @throws Error with a fix-it example when there is no provider above.
 * @example
 * const terrapin = useTerrapin();
 * await queryClient.prefetchQuery(bondReferenceOptions(terrapin, { isins }));
 */
export function useTerrapin(): TerrapinHookClient {
  const client = useContext(TerrapinContext);
  if (!client) throw new Error(OUTSIDE_PROVIDER);
  return client;
}
