import type { Bond } from './bond';
import { TerrapinAnalyticsError } from './errors';
import { formatSerial } from './internal/calendar';
import { parseSettlement } from './internal/flows';
import { buildPeriods, periodCoupon } from './internal/periods';
import { resolveBond } from './internal/resolve-bond';

/** One payment per 100 nominal, in the shape of the API's `bond_cashflows` rows. */
export interface CashFlow {
  /** Payment date, `YYYY-MM-DD` (unadjusted). */
  date: string;
  /** `interest` for a coupon, `principal` for the redemption. */
  type: 'interest' | 'principal';
  /** Amount per 100 nominal. */
  amount: number;
}

/**
 * The bond's payments per 100 nominal: one `interest` row per coupon (odd periods by the day count), then the
 * `principal` row (the redemption) at maturity. With `settlement`, only payments strictly after it (what a buyer
 * settling that day receives). Amounts are not rounded.
 * @throws TerrapinAnalyticsError `invalid_bond` when no settlement is given and the start of the bond's life is
 *   unknown; `invalid_input` when settlement is on or after maturity.
 * @example
 * cashflowSchedule({ coupon: 4, frequency: 1, maturity: '2027-06-30', dayCount: 'act/act (ICMA)' }, '2025-07-15');
 * // [{ date: '2026-06-30', type: 'interest', amount: 4 },
 * //  { date: '2027-06-30', type: 'interest', amount: 4 },
 * //  { date: '2027-06-30', type: 'principal', amount: 100 }]
 */
export function cashflowSchedule(bond: Bond, settlement?: string): CashFlow[] {
  const rb = resolveBond(bond);
  let from: number | undefined;
  if (settlement !== undefined) {
    from = parseSettlement(rb, settlement);
  } else if (rb.accrualStart === undefined && rb.firstCoupon === undefined && rb.frequency !== 0) {
    throw new TerrapinAnalyticsError(
      'invalid_bond',
      'cashflowSchedule: the start of the bond is unknown. Give the bond an issueDate, accrualDate or ' +
        'firstCouponDate, or pass a settlement date to list the payments after it.',
      { field: 'issueDate' },
    );
  }
  const flows: CashFlow[] = [];
  for (const p of buildPeriods(rb, from)) {
    const amount = periodCoupon(rb, p);
    if (amount > 0) flows.push({ date: formatSerial(p.end), type: 'interest', amount });
  }
  flows.push({ date: formatSerial(rb.maturity), type: 'principal', amount: rb.redemption });
  return flows;
}
