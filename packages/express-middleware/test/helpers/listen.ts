import { createServer, type Server } from 'node:net';

/** Listens on a free port of 127.0.0.1 and answers the port (every server a test starts lives there). */
export async function listenOnFreePort(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  // A TCP listener's address is an object; a string would be a pipe path.
  if (typeof address !== 'object' || address === null) throw new Error('Server is not listening on TCP');
  return address.port;
}

/** Listens on a free port of 127.0.0.1 and answers the server's base URL, `http://127.0.0.1:<port>`. */
export async function listenLocal(server: Server): Promise<string> {
  return `http://127.0.0.1:${await listenOnFreePort(server)}`;
}

/** A port of 127.0.0.1 that was free a moment ago and has nothing listening on it now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  const port = await listenOnFreePort(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
