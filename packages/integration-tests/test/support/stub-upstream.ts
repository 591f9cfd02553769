import { createServer, type Server } from 'node:http';

/** An upstream that answers every request with a 200 the spec forbids, for the positive control. */
export interface StubUpstream {
  url: string;
  close(): Promise<void>;
}

/**
 * Answers each operation with a wrong-typed body: `data` a string and `total` a string for the JSON operations,
 * and a JSON envelope where `download_document` declares only PDF or plain-text bytes. The request body is read
 * and dropped: the control is about what Prism says of the answer.
 */
export async function startWrongUpstream(): Promise<StubUpstream> {
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      // `x-stub-rows: n` answers n wrong rows instead, enough to overflow Prism's capped header.
      const rows = Math.min(1000, Number(req.headers['x-stub-rows'] ?? 0));
      const json = req.url?.endsWith('/download_document')
        ? '{"data":[],"total":0}'
        : rows > 0
          ? JSON.stringify({
              data: Array.from({ length: rows }, () => ({ isin: 1, coupon: 'x' })),
              total: rows,
            })
          : '{"data":"not a list","total":"many"}';
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(json);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
