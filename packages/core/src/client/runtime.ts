import type { CallTracker } from './call-tracker';
import type { Credentials } from './credentials';
import type { RateLimiter } from './limiter';
import type { ResolvedConfig } from './options';
import type { QuotaLedger } from './quota-ledger';
import type { RateLimitInfo } from './rate-limit-headers';
import type { RateLimitStore } from './stores';

/** State shared by a client and every client derived from it with `withOptions`. */
export interface SharedState {
  /** The last `ratelimit` headers seen by any of them. */
  lastRateLimit: RateLimitInfo | null;
  /** One limiter per (store, key), so derived clients pace together. */
  limiters: WeakMap<RateLimitStore, Map<string, RateLimiter>>;
  /** Periods for which `onQuotaWarning` already fired. */
  warnedPeriods: Set<string>;
}

/** Everything one client's calls need. Internal: it holds the credentials. */
export interface Runtime {
  config: ResolvedConfig;
  credentials: Credentials;
  limiter: RateLimiter | null;
  ledger: QuotaLedger;
  shared: SharedState;
  /** The current logical call's tracker, when an `onCall` observer listens (set per call, never on the client). */
  call?: CallTracker;
}
