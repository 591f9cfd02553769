import { type TerrapinApiErrorInit, TerrapinPermissionDeniedError } from './api-error';

/** Extra facts when the refusal is local (the client's `monthlyIsinBudget`), not the server's. */
export interface QuotaExceededDetails {
  /** True when the client refused before sending (nothing was spent). */
  local: boolean;
  /** The configured monthly budget (local refusals only). */
  budget?: number;
  /** Distinct ISINs already counted this period (local refusals only). */
  used?: number;
  /** ISINs of this call that would have been new (local refusals only). */
  newIsins?: string[];
}

/**
 * The monthly distinct-ISIN quota is used up (CONTRACT.md §5): either the server answered 403 with a quota
 * detail, or the client's `monthlyIsinBudget` refused the call before anything was sent. Not retried: the quota
 * resets with the next billing month.
 */
export class TerrapinQuotaExceededError extends TerrapinPermissionDeniedError {
  static override readonly kind: string = 'TerrapinQuotaExceededError';
  /** True when the SDK refused locally against `monthlyIsinBudget`. */
  readonly local: boolean;
  declare budget?: number;
  declare used?: number;
  declare newIsins?: string[];

  constructor(init: TerrapinApiErrorInit & Partial<QuotaExceededDetails>) {
    super(init);
    this.local = init.local ?? false;
    if (init.budget !== undefined) this.budget = init.budget;
    if (init.used !== undefined) this.used = init.used;
    if (init.newIsins !== undefined) this.newIsins = init.newIsins;
  }
}

/** A 403 is the quota one when its detail or reason mentions the quota (the only difference: CONTRACT.md §3). */
export function mentionsQuota(items: ReadonlyArray<{ detail: string; reason?: string }>): boolean {
  return items.some((e) => /quota/i.test(e.detail) || /quota/i.test(e.reason ?? ''));
}
