import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the test server received. */
export interface Received {
  operation: string;
  headers: IncomingHttpHeaders;
  raw: string;
  body: unknown;
  at: number;
}

/** What the test server answers: an object body is sent as JSON, a string or Buffer as is. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait before answering (to trigger timeouts). */
  delayMs?: number;
  /** Destroy the socket instead of answering (connection reset). */
  reset?: boolean;
}

export type Handler = (request: Received, index: number) => Reply | Promise<Reply>;

export interface TestServer {
  url: string;
  requests: Received[];
  close(): Promise<void>;
}

/** A tiny real HTTP server (real sockets: resets and timeouts behave as in production). */
export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {}
      const received: Received = {
        operation: (req.url ?? '').replace('/api/v1/', ''),
        headers: req.headers,
        raw,
        body,
        at: Date.now(),
      };
      requests.push(received);
      const reply = await handler(received, requests.length - 1);
      if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
      if (reply.reset) {
        req.socket.destroy();
        return;
      }
      if (res.destroyed) return;
      const payload =
        typeof reply.body === 'string' || Buffer.isBuffer(reply.body)
          ? reply.body
          : reply.body === undefined
            ? ''
            : JSON.stringify(reply.body);
      const headers: Record<string, string> = {
        ...(typeof reply.body === 'object' && !Buffer.isBuffer(reply.body)
          ? { 'content-type': 'application/json' }
          : {}),
        'content-length': String(Buffer.byteLength(payload)),
        ...reply.headers,
      };
      res.writeHead(reply.status ?? 200, headers);
      res.end(payload);
    });
  });
  server.on('clientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `{ data, total }` with a `request-id`. */
export function ok(data: unknown[], extra: Partial<Reply> = {}, total = data.length): Reply {
  return {
    status: 200,
    body: { data, total },
    headers: { 'request-id': 'req_ok', ...extra.headers },
    ...extra,
  };
}

/** The API's error envelope. */
export function apiError(
  status: number,
  detail: string,
  more: Record<string, unknown> = {},
  headers = {},
): Reply {
  return {
    status,
    body: { errors: [{ detail, ...more }] },
    headers: { 'request-id': `req_${status}`, ...headers },
  };
}
