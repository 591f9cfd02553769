import type { ApiFailure } from './errors';
import { HTML_502 } from './faults';

/** A response ready to write: status, headers and bytes. */
export interface Outgoing {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** A JSON response. */
export function json(status: number, value: unknown, headers: Record<string, string> = {}): Outgoing {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: Buffer.from(JSON.stringify(value)),
  };
}

/** The API's error envelope `{ errors: [...] }`. */
export function errorResponse(f: ApiFailure): Outgoing {
  return json(f.status, { errors: f.errors }, f.headers);
}

/** The HTML 502 page of the `html-502` fault. */
export function html502(): Outgoing {
  return {
    status: 502,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: Buffer.from(HTML_502),
  };
}
