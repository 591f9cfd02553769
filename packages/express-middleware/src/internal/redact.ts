const REDACTED = '[REDACTED]';

/** Options of {@link createRedactor}. */
export interface RedactorOptions {
  /**
   * Replace whole URLs with `[URL]` too (for text a browser sees: upstream error details must not reveal hosts,
   * paths or query strings). Logs keep URLs, minus their credentials.
   * @default false
   */
  urls?: boolean;
}

/**
 * Builds the one redaction step every log line, error summary and forwarded error detail goes through (the octokit
 * habit: STYLE.md): the known secrets (the server's API key), any `Bearer`/`Basic` token, and credentials in URLs
 * (`https://user:pass@host`) or bare (`admin:hunter2@host`, which reached a browser: issue 14 #9).
 */
export function createRedactor(
  secrets: Iterable<string | null | undefined>,
  options: RedactorOptions = {},
): (text: string) => string {
  // Very short strings would redact half the message; a real key is long.
  const known = [...new Set([...secrets].filter((s): s is string => typeof s === 'string' && s.length >= 6))];
  return (text) => {
    let out = String(text);
    for (const secret of known) out = out.split(secret).join(REDACTED);
    out = out
      // Token-shaped words only (8+ token characters), so prose such as "no bearer token" stays readable.
      .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`)
      .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, `$1${REDACTED}@`)
      // user:password@host without a scheme.
      .replace(/(^|[\s"'(<,;=])[^\s"'(<,;=:/@]+:[^\s"'@/]+@(?=[A-Za-z0-9[])/g, `$1${REDACTED}@`);
    if (options.urls) out = out.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]+/gi, '[URL]');
    return out;
  };
}
