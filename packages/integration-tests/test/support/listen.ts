import type { AddressInfo } from 'node:net';
import { createTerrapinClient, type TerrapinClient, type TerrapinClientOptions } from '@terrapin/core';
import { type TerrapinProxyOptions, terrapinErrorHandler, terrapinProxy } from '@terrapin/express-middleware';
import express from 'express';

export const MOUNT = '/api/terrapin';

/** An Express app with the proxy (and the error handler), listening on 127.0.0.1 with real sockets. */
export interface ListeningProxy {
  url: string;
  /** What a browser's core client is pointed at. */
  baseUrl: string;
  close(): Promise<void>;
}

export async function listenProxy(options: TerrapinProxyOptions): Promise<ListeningProxy> {
  const app = express();
  app.use(MOUNT, terrapinProxy(options));
  app.use(terrapinErrorHandler());
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    baseUrl: `${url}${MOUNT}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A keyless core client pointed at the proxy, as in a browser. */
export function browserClient(proxy: ListeningProxy, options: TerrapinClientOptions = {}): TerrapinClient {
  return createTerrapinClient({ baseUrl: proxy.baseUrl, logger: { warn: () => {} }, ...options });
}

/** A raw POST to the proxy: status, every header and the body text, as a browser's network tab shows them. */
export async function rawPost(
  proxy: ListeningProxy,
  operation: string,
  body: unknown,
): Promise<{ status: number; headers: Record<string, string>; text: string }> {
  const response = await fetch(`${proxy.baseUrl}/${operation}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://screener.example' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: Object.fromEntries(response.headers.entries()),
    text: await response.text(),
  };
}
