import { createServer, request } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

/** One request that went through the proxy. */
export interface ProxyRecord {
  /** `CONNECT` for a tunnel, else the method of an absolute-URI request. */
  method: string;
  /** `host:port` for CONNECT, the absolute URI otherwise. */
  target: string;
  /** The request carried inside (read from the plain-HTTP tunnel, or the forwarded request itself). */
  inner?: { method: string; path: string; authorization: string | undefined };
  proxyAuthorization: string | undefined;
}

const MAX_HEAD = 64 * 1024;

function parseHead(head: string): ProxyRecord['inner'] {
  const [requestLine = '', ...headerLines] = head.split('\r\n');
  const [method = '', path = ''] = requestLine.split(' ');
  const auth = headerLines.find((l) => /^authorization:/i.test(l));
  return { method, path, authorization: auth?.slice(auth.indexOf(':') + 1).trim() };
}

/**
 * A small forward proxy on 127.0.0.1 for tests: absolute-URI requests are forwarded, `CONNECT` opens a tunnel.
 * It records what passes through it, including the first request inside a plain-HTTP tunnel (what a corporate
 * proxy could see of a request to an `http://` origin).
 */
export async function startForwardProxy() {
  const records: ProxyRecord[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const record: ProxyRecord = {
      method: req.method ?? '',
      target: req.url ?? '',
      inner: {
        method: req.method ?? '',
        path: new URL(req.url ?? '/', 'http://x').pathname,
        authorization: req.headers.authorization,
      },
      proxyAuthorization: req.headers['proxy-authorization'],
    };
    records.push(record);
    const upstream = request(req.url ?? '', { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, client: Socket, head: Buffer) => {
    sockets.add(client);
    const record: ProxyRecord = {
      method: 'CONNECT',
      target: req.url ?? '',
      proxyAuthorization: req.headers['proxy-authorization'],
    };
    records.push(record);
    const [host, port] = (req.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      let seen = '';
      const sniff = (chunk: Buffer) => {
        seen += chunk.toString('latin1');
        const end = seen.indexOf('\r\n\r\n');
        if (end !== -1 || seen.length > MAX_HEAD) {
          record.inner = parseHead(seen.slice(0, end === -1 ? MAX_HEAD : end));
          client.off('data', sniff);
        }
      };
      client.on('data', sniff);
      client.pipe(upstream);
      upstream.pipe(client);
    });
    sockets.add(upstream);
    const done = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.on('error', done);
    client.on('error', done);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    records,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
