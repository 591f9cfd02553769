import { createTerrapinClient } from '@terrapin/core';

/** Where the app's Express server mounts the Terrapin proxy (server/app.mjs). */
export const proxyPath = '/api/terrapin';

/**
 * The browser's client: no API key (the proxy holds it server-side) and `baseUrl` pointing at the app's own proxy.
 */
export function createBrowserClient(origin: string = window.location.origin) {
  return createTerrapinClient({ baseUrl: `${origin}${proxyPath}`, timeout: 30_000, maxRetries: 2 });
}
