// What `remember` reads of a response (supertest's shape).
interface Response {
  status: number;
  headers: unknown;
  body: unknown;
  text?: string;
}

/** The server's API key in every test: it must never show up in a response or a log line. */
export const CANARY_KEY = 'tpk_canary_9f8e7d6c5b4a';

const seen: string[] = [];
const secrets = new Set([CANARY_KEY]);

/** Adds another key that must never leak (the mock server's test key, when a suite uses it). */
export function addSecret(secret: string): void {
  secrets.add(secret);
}

/** Every key that must never leak. */
export function allSecrets(): readonly string[] {
  return [...secrets];
}

/** Keeps what a browser could see of a response (status line, headers, body) for the canary check. */
export function remember(res: Response): Response {
  const body = Buffer.isBuffer(res.body)
    ? res.body.toString('latin1')
    : (res.text ?? JSON.stringify(res.body));
  seen.push(`${res.status} ${JSON.stringify(res.headers)} ${body}`);
  return res;
}

/** Keeps one captured log line. */
export function rememberLog(line: string): void {
  seen.push(line);
}

/** Everything remembered so far in this test file. */
export function everythingSeen(): readonly string[] {
  return seen;
}
