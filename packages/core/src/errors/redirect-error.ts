import { TerrapinApiError, type TerrapinApiErrorInit } from './api-error';
import { requestIdSuffix } from './error-item';

/** Where a redirect pointed, reduced to what is safe and useful to show. */
export interface RedirectTarget {
  /** Origin and path of the `location` (no credentials, query or fragment), or `null` when not known. */
  location: string | null;
  /** Origin of the target, or `null` when not known (a browser hides it: `opaqueredirect`). */
  targetOrigin: string | null;
  /** Whether the target has the same origin as `baseUrl`, or `null` when not known. */
  sameOrigin: boolean | null;
}

/**
 * The API (or something in front of it) answered with a redirect (issue 14 item 11). The client follows none:
 * the API documents no redirects, and following one re-sends the request body — to another origin it would hand
 * your query (and, by some fetch implementations, credentials) to a host you never configured; to the same origin
 * it would re-send the key to a path you never asked for. Not retried. Point `baseUrl` at the address the API
 * answers at.
 */
export class TerrapinRedirectError extends TerrapinApiError {
  static override readonly kind: string = 'TerrapinRedirectError';
  /** Origin and path the answer pointed to (credentials, query and fragment removed), or `null` when unknown. */
  readonly location: string | null;
  /** Origin the answer pointed to, or `null` when unknown. */
  readonly targetOrigin: string | null;
  /** Whether that origin is `baseUrl`'s, or `null` when unknown. */
  readonly sameOrigin: boolean | null;

  constructor(
    init: Omit<TerrapinApiErrorInit, 'message' | 'errors'> & RedirectTarget & { operation: string },
  ) {
    const where =
      init.targetOrigin === null
        ? 'an undisclosed location (the runtime hides redirect targets)'
        : `${init.targetOrigin} (${init.sameOrigin ? 'the same origin' : 'another origin'})`;
    const detail = `Redirect to ${where}; the client follows no redirects`;
    super({
      ...init,
      errors: [{ detail }],
      message:
        `${init.operation} answered ${init.status === 0 ? 'with a redirect' : init.status} redirecting to ${where}. The client ` +
        'follows no redirects (the API documents none, and following would re-send the request body). Check ' +
        `\`baseUrl\`: use the address the API answers at${requestIdSuffix(init.requestId)}`,
    });
    this.location = init.location;
    this.targetOrigin = init.targetOrigin;
    this.sameOrigin = init.sameOrigin;
  }
}
