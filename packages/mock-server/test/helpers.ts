import { createMockServer, MOCK_API_KEY, type MockServer, type MockServerOptions } from '../src/index';

/** A small universe: the documented bonds plus a few hundred generated ones, so a server starts in ~50 ms. */
export const SMALL = { bonds: 300, agency: 150, munis: 600 } as const;

/** Starts a mock with a small dataset unless the test asks otherwise. */
export function startMock(options: MockServerOptions = {}): Promise<MockServer> {
  return createMockServer({ dataset: SMALL, ...options });
}

/** A response as the tests look at it. */
export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Options of {@link post}. */
export interface PostOptions {
  /** Bearer token; `null` sends no Authorization header. @default MOCK_API_KEY */
  key?: string | null;
  headers?: Record<string, string>;
  /** Raw body text instead of JSON.stringify(body). */
  raw?: string;
  method?: string;
}

/** POSTs to an operation (or any path starting with `/`) and reads the reply. */
export async function post(
  mock: MockServer,
  nameOrPath: string,
  body?: unknown,
  options: PostOptions = {},
): Promise<Reply> {
  const path = nameOrPath.startsWith('/') ? nameOrPath : `/api/v1/${nameOrPath}`;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  const key = options.key === undefined ? MOCK_API_KEY : options.key;
  if (key !== null) headers.authorization = `Bearer ${key}`;
  const method = options.method ?? 'POST';
  const res = await fetch(`${mock.url}${path}`, {
    method,
    headers,
    body:
      method === 'GET' || method === 'HEAD'
        ? undefined
        : (options.raw ?? (body === undefined ? undefined : JSON.stringify(body))),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

/** `data` of a success envelope. */
export function rows<T = Record<string, unknown>>(reply: Reply): T[] {
  return (reply.json as { data: T[] }).data;
}

/** `total` of a success envelope. */
export function total(reply: Reply): number {
  return (reply.json as { total: number }).total;
}
