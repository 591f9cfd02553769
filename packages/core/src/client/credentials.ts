import { createRedactor, REDACTED } from '../redaction/create-redactor';
import { setInspectView } from './inspect';

// Module-private: maps keys to opaque local ids; never exported or printed.
const localIds = new Map<string, string>();

/**
 * Holds the API key in a `#private` field: it is not an enumerable property of anything, so no `util.inspect`,
 * `JSON.stringify` or spread can reach it. Everything that needs the key asks this object.
 */
export class Credentials {
  readonly #key: string | null;
  #fingerprint: Promise<string> | undefined;

  /**
   * Removes the key, any bearer/basic token and URL credentials from text that came from elsewhere: a server or
   * proxy may echo what it received, and such text ends up in error messages. The SDK's one redactor.
   */
  readonly redact: (text: string) => string;

  constructor(key: string | null) {
    this.#key = key;
    this.redact = createRedactor([key]);
    setInspectView(this, () => this.toJSON());
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

  toJSON(): string {
    return this.#key === null ? 'none' : REDACTED;
  }
}
