// A misbehaving upstream on a real socket, for the faults the mock server cannot commit (issue 14): endless
// bodies, redirects, absurd rate-limit headers. Records what reached it and whether the client hung up.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as the stub saw it. */
export interface StubRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: string;
}

export interface StubUpstream {
  url: string;
  origin: string;
  requests: StubRequest[];
  /** Resolves once the client closed a connection before the stub finished its answer. */
  hungUp: Promise<void>;
  close(): Promise<void>;
}

export type StubHandler = (
  request: StubRequest,
  res: ServerResponse,
  req: IncomingMessage,
) => void | Promise<void>;

/** Starts a stub on 127.0.0.1:0 that answers every request with `handler`. */
export async function startStub(handler: StubHandler): Promise<StubUpstream> {
  const requests: StubRequest[] = [];
  let markHungUp!: () => void;
  const hungUp = new Promise<void>((resolve) => {
    markHungUp = resolve;
  });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request: StubRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      res.on('close', () => {
        if (!res.writableFinished) markHungUp();
      });
      void handler(request, res, req);
    });
  });
  server.on('clientError', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin,
    origin,
    requests,
    hungUp,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A JSON answer. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/**
 * Streams `totalBytes` of a never-ending-looking JSON body in 64 KiB chunks, honouring backpressure (so the stub
 * itself stays small), until done or the client hangs up. Resolves with the bytes written.
 */
export function streamHugeJson(
  res: ServerResponse,
  totalBytes: number,
  headers: Record<string, string> = {},
): Promise<number> {
  res.writeHead(200, { 'content-type': 'application/json', ...headers });
  const head = Buffer.from('{"data":[');
  const filler = Buffer.alloc(64 * 1024, 0x20);
  let written = 0;
  return new Promise((resolve) => {
    const pump = () => {
      while (!res.destroyed && written < totalBytes) {
        const chunk = written === 0 ? head : filler;
        written += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end('],"total":0}');
      resolve(written);
    };
    res.on('close', () => resolve(written));
    pump();
  });
}
