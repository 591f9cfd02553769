import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createMockServer, MOCK_API_KEY, type MockServer } from '@terrapin/mock-server';

/** terrapin-mock behind a pass-through proxy that records each request's User-Agent as it arrived. */
export interface RecordedMock {
  /** The proxy's URL: what targets use as `TERRAPIN_BASE_URL`. */
  url: string;
  port: number;
  apiKey: string;
  mock: MockServer;
  /** User-Agent headers seen since the last `clear()` (null when a request had none), oldest first. */
  userAgents(): (string | null)[];
  clear(): void;
  close(): Promise<void>;
}

const MAX_RECORDED = 1000;

/**
 * Starts the mock and a recording proxy in front of it. The proxy sees the header on the wire, as the API would,
 * so a runtime whose fetch drops or rewrites `User-Agent` shows up too; the mock itself needs no change.
 */
export async function startRecordedMock(): Promise<RecordedMock> {
  const mock = await createMockServer({
    dataset: { bonds: 400, agency: 100, munis: 100 },
    // Many targets call in a few minutes with one key: rate limiting and quota are not what this suite tests.
    rateLimit: false,
    quota: false,
  });
  const upstream = new URL(mock.url);
  let seen: (string | null)[] = [];
  const proxy = createServer((req, res) => {
    if (seen.length >= MAX_RECORDED) seen.shift();
    seen.push(req.headers['user-agent'] ?? null);
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.setTimeout(30_000, () => forward.destroy(new Error('upstream timeout')));
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const { port } = proxy.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    apiKey: MOCK_API_KEY,
    mock,
    userAgents: () => [...seen],
    clear: () => {
      seen = [];
    },
    close: async () => {
      proxy.closeAllConnections();
      await new Promise((resolve) => proxy.close(resolve));
      await mock.close();
    },
  };
}
