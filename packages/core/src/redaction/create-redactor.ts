/** What every redacted secret becomes. */
export const REDACTED = '[REDACTED]';

/**
 * Known secrets shorter than this are not redacted: a two-letter "key" would blank out ordinary words. Real keys
 * are far longer; six is the lowest the SDK ever used (express), so it is the one threshold everywhere now.
 */
const MIN_SECRET_LENGTH = 6;

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
 * Builds the one redaction step of the SDK (the octokit habit: STYLE.md). It removes the known secrets (the API
 * key), any `Bearer`/`Basic` token, and credentials in URLs (`https://user:pass@host`) or bare
 * (`admin:hunter2@host`, which reached a browser: issue 14 #9). Core error messages, the express middleware's logs
 * and error bodies, and the CLI's output all go through it, so none of them can drift to a weaker rule.
 * @param secrets values that must never appear (`null`/`undefined` and strings under six characters are skipped)
 * @example createRedactor([apiKey])(`upstream said: Bearer ${apiKey}`) // 'upstream said: Bearer [REDACTED]'
 */
export function createRedactor(
  secrets: Iterable<string | null | undefined>,
  options: RedactorOptions = {},
): (text: string) => string {
  const known = [
    ...new Set(
      [...secrets].filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH),
    ),
  ];
  return (text) => {
    let out = String(text);
    for (const secret of known) if (out.includes(secret)) out = out.split(secret).join(REDACTED);
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
