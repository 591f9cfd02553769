/**
 * The server's rate-limit state as of one response: the data a `TerrapinRateLimitError` carries. Declared
 * here, beside the errors, so errors/ never imports client/; the client's header parser fills it.
 */
export interface RateLimitInfo {
  /** Requests allowed per window (`limit=` / `q=`), if stated. */
  limit: number | null;
  /** Requests left in the current window (`remaining=` / `r=`), if stated. */
  remaining: number | null;
  /** Milliseconds until the window frees capacity (`reset=` / `t=`, sent in seconds), if stated. */
  resetMs: number | null;
  /** The policy from `ratelimit-policy`, if sent. */
  policy: { limit: number; windowMs: number } | null;
}
