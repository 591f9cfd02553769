import type { Bond } from './bond';
import { TerrapinAnalyticsError } from './errors';
import { describeValue } from './internal/calendar';
import { parseSettlement } from './internal/flows';
import { accrualFraction, periodContaining } from './internal/periods';
import { resolveBond } from './internal/resolve-bond';

/**
 * Accrued interest per 100 nominal at `settlement`: coupon × the day-count fraction from the start of the
 * current period (ACT/ACT ICMA over the period's reference dates, summed over notional periods for odd ones).
 * 0 on a coupon date and for a zero coupon.
 * @throws TerrapinAnalyticsError `invalid_input` when settlement is on or after maturity or before the accrual
 *   start; `invalid_bond` / `unknown_day_count` for a bad bond.
 * @example
 * accruedInterest({ coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' }, '2008-02-15');
 * // 1.4375 (90 days of 30/360 at 5.75%)
 */
export function accruedInterest(bond: Bond, settlement: string): number {
  const rb = resolveBond(bond);
  const s = parseSettlement(rb, settlement);
  if (rb.frequency === 0) return 0;
  const p = periodContaining(rb, s);
  return rb.coupon * accrualFraction(rb, p, p.start, s);
}

function checkPrice(value: number, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      `${field} must be a finite number, got ${describeValue(value)}`,
      {
        field,
      },
    );
  }
}

/**
 * Full (dirty, invoice) price from a clean (quoted) price: clean + accrued interest, per 100 nominal.
 * @example
 * cleanToDirty({ coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' }, 94.63, '2008-02-15');
 * // 96.0675
 */
export function cleanToDirty(bond: Bond, cleanPrice: number, settlement: string): number {
  checkPrice(cleanPrice, 'cleanPrice');
  return cleanPrice + accruedInterest(bond, settlement);
}

/**
 * Clean (quoted) price from a full (dirty) price: dirty − accrued interest, per 100 nominal.
 * @example
 * dirtyToClean({ coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' }, 96.0675, '2008-02-15');
 * // 94.63
 */
export function dirtyToClean(bond: Bond, dirtyPrice: number, settlement: string): number {
  checkPrice(dirtyPrice, 'dirtyPrice');
  return dirtyPrice - accruedInterest(bond, settlement);
}
