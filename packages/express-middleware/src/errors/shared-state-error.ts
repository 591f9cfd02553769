import { propertyOf } from '@terrapin/core/adapter-kit';
/**
 * A shared-state store (Redis) could not be reached or did not answer in time. The proxy answers it with a fast 503
 * "shared state unavailable" and `retry-after`, and names the store in the error event (issue 14 #17: callers had
 * waited 5–10 s for a 500, and the event said only "Error: ").
 */
export class SharedStateUnavailableError extends Error {
  override readonly name = 'SharedStateUnavailableError';
  /** Which backend failed, for logs. */
  readonly backend: string;

  constructor(backend: string, cause: unknown) {
    const reason =
      cause instanceof Error ? cause.message || cause.constructor.name || cause.name : String(cause);
    super(`${backend} unavailable (shared state): ${reason || 'no answer'}`, { cause });
    this.backend = backend;
  }

  /** True for this error (also across copies of the package). */
  static is(error: unknown): error is SharedStateUnavailableError {
    return propertyOf(error, 'name') === 'SharedStateUnavailableError';
  }
}
