import { TerrapinQuotaExceededError } from '../errors/quota-exceeded-error';
import { propertyOf } from '../internal/records';
import type { Runtime } from './runtime';

/**
 * Refuses, before anything is sent, a call whose new ISINs would take the period past `monthlyIsinBudget`
 * (issue 3: "refuses a call that would exceed it before any quota is spent"). Checking and counting are one atomic
 * step of the ledger's store (issue 14 #16: four concurrent calls on two processes had all passed), so the ISINs
 * are counted now; resolves to the ISINs this call reserved, which {@link settleBudget} releases if not charged.
 */
export async function enforceBudget(rt: Runtime, isins: readonly string[]): Promise<string[]> {
  const budget = rt.config.monthlyIsinBudget;
  if (budget === null || isins.length === 0) return [];
  const reservation = await rt.ledger.reserve(isins, budget);
  if (reservation.ok) return reservation.added;
  const { used, fresh } = reservation;
  const detail =
    `Monthly ISIN budget would be exceeded: ${used} of ${budget} distinct ISINs used in ${rt.ledger.period()}, ` +
    `this call would add ${fresh.length}`;
  throw new TerrapinQuotaExceededError({
    status: 403,
    errors: [{ detail, reason: 'local_budget_exceeded' }],
    requestId: null,
    headers: {},
    message: `${detail} (refused locally by monthlyIsinBudget; nothing was sent)`,
    local: true,
    budget,
    used,
    newIsins: fresh,
  });
}

/**
 * Releases the reserved ISINs the upstream did not charge: those absent from `charged` (the ISINs of returned rows,
 * or of rows returned before a batch failed). A failed request charges nothing. Never throws: a failed release only
 * over-counts, which errs on the safe side of the budget.
 */
export async function settleBudget(
  rt: Runtime,
  reserved: readonly string[],
  charged: readonly string[],
): Promise<void> {
  if (reserved.length === 0) return;
  const kept = new Set(charged.map((isin) => isin.trim().toUpperCase()));
  const unused = reserved.filter((isin) => !kept.has(isin));
  if (unused.length === 0) return;
  await rt.ledger.release(unused).catch((error: unknown) => {
    rt.config.logger.warn('[terrapin] could not release unused quota reservation', error);
  });
}

/**
 * Counts what a successful call pulled: the `isin` of each returned row for list operations (the ledger records
 * only ISINs actually returned), the requested ISIN for single-ISIN operations. Fires `onQuotaWarning` once per
 * period when the count crosses `quotaWarningRatio` of the budget.
 */
export async function recordPulled(rt: Runtime, isins: readonly string[]): Promise<void> {
  if (isins.length === 0) return;
  await rt.ledger.record(isins);
  const { monthlyIsinBudget: budget, onQuotaWarning, quotaWarningRatio } = rt.config;
  if (budget === null || budget === 0 || !onQuotaWarning) return;
  const period = rt.ledger.period();
  if (rt.shared.warnedPeriods.has(period)) return;
  const used = await rt.ledger.used();
  const ratio = used / budget;
  if (ratio < quotaWarningRatio) return;
  rt.shared.warnedPeriods.add(period);
  try {
    onQuotaWarning({ used, budget, ratio, period });
  } catch (error) {
    rt.config.logger.warn('[terrapin] onQuotaWarning threw', error);
  }
}

/** ISINs of returned rows (normalised). */
export function rowIsins(rows: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const row of rows) {
    const isin = propertyOf(row, 'isin');
    if (typeof isin === 'string') out.push(isin.trim().toUpperCase());
  }
  return out;
}
