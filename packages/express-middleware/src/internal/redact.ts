const REDACTED = '[REDACTED]';

/**
 * Builds the one redaction step every log line and error summary goes through (the octokit habit: STYLE.md): the
 * known secrets (the server's API key), any `Bearer` token, and credentials in URLs (`https://user:pass@host`).
 */
export function createRedactor(secrets: Iterable<string | null | undefined>): (text: string) => string {
  // Very short strings would redact half the message; a real key is long.
  const known = [...new Set([...secrets].filter((s): s is string => typeof s === 'string' && s.length >= 6))];
  return (text) => {
    let out = String(text);
    for (const secret of known) out = out.split(secret).join(REDACTED);
    return (
      out
        // Token-shaped words only (8+ token characters), so prose such as "no bearer token" stays readable.
        .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`)
        .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, `$1${REDACTED}@`)
    );
  };
}
