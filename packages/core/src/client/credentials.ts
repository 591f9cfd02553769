import { sha256Hex } from './sha256';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '[REDACTED]';

/**
 * Holds the API key in a `#private` field: it is not an enumerable property of anything, so no `util.inspect`,
 * `JSON.stringify` or spread can reach it. Everything that needs the key asks this object.
 */
export class Credentials {
  readonly #key: string | null;

  constructor(key: string | null) {
    this.#key = key;
  }

  /** Whether a key is configured. */
  get present(): boolean {
    return this.#key !== null;
  }

  /** The `Authorization` header value, or `undefined` without a key (browser → own proxy). */
  authorization(): string | undefined {
    return this.#key === null ? undefined : `Bearer ${this.#key}`;
  }

  /** A stable, non-reversible identifier of the key for shared stores (never the key itself). */
  fingerprint(): string {
    return this.#key === null ? 'anonymous' : `tpk-sha256:${sha256Hex(this.#key).slice(0, 32)}`;
  }

  /**
   * Removes the key (and any bearer token) from text that came from elsewhere: a server or proxy may echo what
   * it received, and such text ends up in error messages.
   */
  redact = (text: string): string => {
    let out = text;
    // Very short "keys" (test values) would blank out ordinary words; real keys are long.
    if (this.#key !== null && this.#key.length >= 8) out = out.split(this.#key).join(REDACTED);
    // Any other credential-looking bearer token too (long enough not to eat prose such as "no bearer token").
    return out.replace(/\b(Bearer)\s+[\w.~+/=-]{16,}/gi, `$1 ${REDACTED}`);
  };

  toJSON(): string {
    return this.#key === null ? 'none' : REDACTED;
  }

  [INSPECT](): string {
    return this.toJSON();
  }
}
