import { format } from 'node:util';
import type { TerrapinClientOptions } from '@terrapin/core';
import express, { type Express, type RequestHandler } from 'express';
import request from 'supertest';
import {
  type TerrapinErrorEvent,
  type TerrapinProxyOptions,
  type TerrapinProxyOwnOptions,
  terrapinErrorHandler,
  terrapinProxy,
} from '../../src/index';
import { CANARY_KEY, remember, rememberLog } from './canary';

export const ORIGIN = 'https://screener.example';
export const MOUNT = '/api/terrapin';

/** The app's own CORS middleware, as small as it gets: the proxy's error answers must keep its headers. */
export const tinyCors: RequestHandler = (req, res, next) => {
  res.set('access-control-allow-origin', ORIGIN);
  res.set('vary', 'Origin');
  if (req.method === 'OPTIONS') {
    res.set('access-control-allow-headers', 'content-type');
    res.status(204).end();
    return;
  }
  next();
};

type ProxyTestOptions = TerrapinProxyOwnOptions & Omit<TerrapinClientOptions, 'onError'>;

/** An app with CORS, the proxy under {@link MOUNT} (key = the canary, upstream = `baseUrl`) and the error handler. */
export function proxyApp(
  baseUrl: string,
  options: ProxyTestOptions,
): { app: Express; events: TerrapinErrorEvent[] } {
  const events: TerrapinErrorEvent[] = [];
  const app = express();
  app.use(tinyCors);
  app.use(
    MOUNT,
    terrapinProxy({
      apiKey: CANARY_KEY,
      baseUrl,
      maxRetries: 0,
      retryBaseDelayMs: 1,
      onError: (event) => {
        events.push(event);
        // What a typical logger would print, full object included: the canary check reads it.
        rememberLog(format('onError %o', event));
      },
      ...options,
    } as TerrapinProxyOptions),
  );
  app.use(terrapinErrorHandler());
  return { app, events };
}

/** POSTs JSON to an operation of the proxy (as core's browser client does) and remembers the response. */
export async function callOp(
  app: Express,
  operation: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<request.Response> {
  const res = await request(app)
    .post(`${MOUNT}/${operation}`)
    .set('origin', ORIGIN)
    .set(headers)
    .send(body as object);
  return remember(res);
}

/** Any other request, remembered. */
export async function send(test: request.Test): Promise<request.Response> {
  return remember(await test);
}
