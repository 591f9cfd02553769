// Module-private: maps keys to opaque local ids; never exported or printed.
const localIds = new Map<string, string>();
const INSPECT = Symbol.for('nodejs.util.inspect.custom');
const REDACTED = '[REDACTED]';

/**
 * Holds the API key in a `#private` field: it is not an enumerable property of anything, so no `util.inspect`,
 * `JSON.stringify` or spread can reach it. Everything that needs the key asks this object.
 */
export class Credentials {
  readonly #key: string | null;
  #fingerprint: Promise<string> | undefined;

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

  /**
   * A stable, non-reversible identifier of the key for shared stores (never the key itself): the same key gives
   * the same fingerprint in every process, so several servers share one rate-limit budget through Redis.
   * Async because WebCrypto's digest is (available in Node ≥ 20, browsers and edge runtimes alike).
   */
  fingerprint(): Promise<string> {
    const key = this.#key;
    if (key === null) return Promise.resolve('anonymous');
    this.#fingerprint ??= globalThis.crypto.subtle
      .digest('SHA-256', new TextEncoder().encode(key))
      .then((digest) => {
        const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
        return `tpk-sha256:${hex.slice(0, 32)}`;
      });
    return this.#fingerprint;
  }

  /** A process-local token that is equal for equal keys (to share one limiter between derived clients). */
  get localId(): string {
    if (this.#key === null) return 'anonymous';
    let id = localIds.get(this.#key);
    if (id === undefined) {
      id = `key#${localIds.size + 1}`;
      localIds.set(this.#key, id);
    }
    return id;
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
