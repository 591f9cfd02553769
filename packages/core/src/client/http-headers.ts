/** Response headers never copied into errors or hook payloads (credentials and cookies). */
const UNSAFE = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'www-authenticate']);

/**
 * A plain, safe copy of headers for errors and hooks: credential and cookie headers dropped, every value passed
 * through `redact` (a proxy could echo the key back). Redaction happens once, here (the octokit habit: STYLE.md).
 */
export function safeHeaders(
  headers: Headers | Record<string, string>,
  redact: (text: string) => string,
): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? headers.entries() : Object.entries(headers);
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    if (!UNSAFE.has(lower)) out[lower] = redact(value);
  }
  return out;
}

/** The `request-id` header (CONTRACT.md §3: expose it, do not require it); `x-request-id` as a fallback. */
export function requestIdOf(headers: Headers): string | null {
  return headers.get('request-id') ?? headers.get('x-request-id') ?? null;
}
