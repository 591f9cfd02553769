/**
 * Neutralising control characters from API strings (and anything else we did not write ourselves) before they
 * reach a terminal (issue 14 item 13). A bond name carrying `ESC ] 0 ; … BEL` would retitle the window, `ESC [ 2 J`
 * clear it, an OSC-8 sequence plant a hidden link, C1 `U+009B` act as a CSI on terminals that read C1, `\b` and
 * `\r` overwrite what was printed before. They are shown, not executed: each becomes a visible escape such as
 * `\x1b`, so the reader still sees that the data carried one.
 */

// C0 except \n, DEL, C1; plus the Unicode bidi overrides/isolates and line/paragraph separators, which reorder or
// break what is displayed without being C0/C1 (the "Trojan Source" class).
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

// Same set without the C0 range: JSON.stringify already escapes C0, but leaves DEL, C1 and the rest raw.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function visible(char: string): string {
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Text safe to print on a terminal: every control character except `\n` (which layout needs) becomes a visible
 * escape; a tab becomes a space.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => (char === '\t' ? ' ' : visible(char)));
}

/**
 * JSON text (from `JSON.stringify`) with DEL, C1 and bidi controls written as `\uXXXX` escapes: the same JSON
 * value for any parser, and nothing a terminal would act on when it is printed there. Such characters can only
 * occur inside JSON strings, where `\uXXXX` is always valid.
 */
export function jsonSafe(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
