/**
 * Redirects are answers, never followed (issue 14 item 11: on a 307 to another origin, fetch dropped the key but
 * re-POSTed the body there, and the client took that host's answer as data). The transport asks fetch for
 * `redirect: 'manual'`; whatever comes back that is a redirect becomes a {@link TerrapinRedirectError}.
 *
 * Same-origin redirects are not followed either: the API documents none (CONTRACT.md lists every status it
 * answers), so a redirect means `baseUrl` is not where the API answers (http→https, a moved path, a login page of a
 * proxy in between). Following it would silently re-send the body and the key to a path nobody configured, and
 * hide a misconfiguration that one clear error fixes.
 */
import { TerrapinRedirectError } from '../errors/redirect-error';
import { safeHeaders } from './http-headers';

/**
 * A redirect: any 3xx, a browser's `opaqueredirect` (status 0, target hidden), or an answer that a custom `fetch`
 * reached by following a redirect despite `redirect: 'manual'`.
 */
export function isRedirect(response: Response): boolean {
  return (
    (response.status >= 300 && response.status < 400) ||
    response.type === 'opaqueredirect' ||
    response.redirected === true
  );
}

/** The error for a redirect answer, naming where it pointed (origin and path; no credentials or query). */
export function redirectError(
  response: Response,
  operation: string,
  baseUrl: string,
  requestId: string | null,
  redact: (text: string) => string,
): TerrapinRedirectError {
  // A followed redirect (custom fetch) shows its target in `url`; a 3xx in `location`, relative to the request.
  const raw = response.redirected ? response.url : response.headers.get('location');
  let target: URL | null = null;
  try {
    target = raw ? new URL(raw, baseUrl) : null;
  } catch {
    target = null;
  }
  const headers = safeHeaders(response.headers, redact);
  delete headers.location;
  return new TerrapinRedirectError({
    operation,
    status: response.status,
    requestId,
    headers,
    location: target ? redact(`${target.origin}${target.pathname}`) : null,
    targetOrigin: target ? redact(target.origin) : null,
    sameOrigin: target ? target.origin === new URL(baseUrl).origin : null,
  });
}
