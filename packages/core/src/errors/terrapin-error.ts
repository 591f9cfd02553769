import { hasKind, isBranded, TERRAPIN_ERROR_BRAND } from './brand';

type ErrorClass<T> = abstract new (...args: never[]) => T;

/**
 * Base class of every error the SDK throws. Catch this to handle them all, or test with
 * {@link isTerrapinError} / `TerrapinXError.is(err)`, which also work when core is bundled twice.
 *
 * No error ever holds the API key: errors copy only safe facts (status, the API's `errors`, a request id, a
 * redacted header subset), never the request.
 */
export class TerrapinError extends Error {
  /** Stable class identifier, checked by the type guards across bundled copies. */
  static readonly kind: string = 'TerrapinError';

  /**
   * ISINs whose chunk succeeded before a batched call failed (CONTRACT.md §5: nothing already pulled is lost).
   * Present only on errors thrown by a batched ISIN call.
   */
  declare completed?: string[];
  /** ISINs not (successfully) fetched when a batched call failed; retry these. */
  declare pending?: string[];
  /** Rows of the chunks that succeeded before a batched call failed. */
  declare partialData?: unknown[];

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    const kind = new.target.kind;
    // `name` on the instance (not enumerable) so the stack header and String(err) say the class.
    Object.defineProperty(this, 'name', {
      value: kind,
      enumerable: false,
      writable: true,
      configurable: true,
    });
    // V8's stack capture, when the runtime has it (not in every browser): hides the constructors from the stack.
    const captureStackTrace: unknown = 'captureStackTrace' in Error ? Error.captureStackTrace : undefined;
    if (typeof captureStackTrace === 'function') captureStackTrace.call(Error, this, new.target);
  }

  /** The brand, on the prototype so it is not an own enumerable property. */
  get [TERRAPIN_ERROR_BRAND](): true {
    return true;
  }

  /**
   * Type guard that works across two bundled copies of core: `TerrapinRateLimitError.is(err)`.
   */
  static is<T>(this: ErrorClass<T> & { kind: string }, value: unknown): value is T {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the subclass the guard is called on, on purpose.
    return value instanceof this || hasKind(value, this.kind);
  }

  /** A plain, key-free summary (what `JSON.stringify(err)` prints). */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key === 'cause' || key === 'partialData' || value === undefined) continue;
      json[key] = value;
    }
    return json;
  }
}

/**
 * True for any error thrown by the SDK (any copy of it).
 * @example
 * try { await terrapin.bonds.reference({ isins }) } catch (err) { if (isTerrapinError(err)) console.error(err.message) }
 */
export function isTerrapinError(value: unknown): value is TerrapinError {
  return value instanceof TerrapinError || isBranded(value);
}
