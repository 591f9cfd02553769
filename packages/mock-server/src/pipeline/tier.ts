import { propertyOf } from '@terrapin/core/adapter-kit';
import type { OperationName } from '@terrapin/core/contract';
import { fromDay } from '../data/dates';
import type { TierOptions } from '../types';
import { type ApiFailure, failure } from './errors';

const DATE_FIELDS = ['start_date', 'as_of_date', 'trade_date'] as const;

/**
 * What the key's tier allows (CONTRACT.md §5): listed operations only, `full_reference_data` only on a tier that
 * has it, and price history only as far back as the tier's window. Refusals are 403 with `reason: not_in_tier`.
 */
export function checkTier(
  tier: TierOptions,
  name: OperationName,
  params: unknown,
  dataDay: number,
): ApiFailure | null {
  const reason = { reason: 'not_in_tier' };
  if (tier.operations && !tier.operations.includes(name)) {
    return failure(403, `Endpoint ${name} is not in your tier`, reason);
  }
  // Array bodies (muni_price_to_yield) have none of the fields a tier restricts.
  if (propertyOf(params, 'full_reference_data') === true && tier.fullReferenceData === false) {
    return failure(403, 'full_reference_data is not in your tier', reason);
  }
  if (tier.historyDays !== undefined && name.includes('pricing')) {
    const earliest = fromDay(dataDay - tier.historyDays);
    for (const field of DATE_FIELDS) {
      const value = propertyOf(params, field);
      if (typeof value === 'string' && value < earliest) {
        return failure(
          403,
          `Price history before ${earliest} is not in your tier (${tier.historyDays} days)`,
          reason,
        );
      }
    }
  }
  return null;
}
