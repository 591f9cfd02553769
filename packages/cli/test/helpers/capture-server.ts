import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the capture server received. */
export interface CapturedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** What the handler answers. */
export interface CannedResponse {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * A minimal HTTP peer for unit tests of what the CLI sends (flags → JSON body, headers). Integration behaviour
 * (validation, paging, faults) is tested against @terrapin/mock-server instead.
 */
export async function startCaptureServer(
  handler: (req: CapturedRequest) => CannedResponse = () => ({ body: { data: [], total: 0 } }),
) {
  const requests: CapturedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const captured = {
        path: req.url ?? '',
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      requests.push(captured);
      const answer = handler(captured);
      res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
      res.end(
        typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? { data: [], total: 0 }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
