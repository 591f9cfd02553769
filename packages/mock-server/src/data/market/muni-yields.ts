import { yieldFromPrice } from '@terrapin/core/analytics';
import { laterDate } from '../dates';
import type { MuniEntry } from '../model';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The three yields of each kind the API reports (money-market yields are null in every documented example). */
export interface MuniYields {
  ytc_continuous: number | null;
  ytc_money_market: null;
  ytc_semi_annual: number | null;
  ytm_continuous: number | null;
  ytm_money_market: null;
  ytm_semi_annual: number | null;
}

/** Yields to maturity and to the first call for a price and settlement date, with the analytics (street). */
export function muniYields(entry: MuniEntry, price: number, settlementDate: string): MuniYields {
  const none: MuniYields = {
    ytc_continuous: null,
    ytc_money_market: null,
    ytc_semi_annual: null,
    ytm_continuous: null,
    ytm_money_market: null,
    ytm_semi_annual: null,
  };
  if (!(price > 0) || settlementDate >= entry.maturityDate) return none;
  // Before the dated date nothing accrues yet: yields are those of settling on the dated date.
  const settlement = laterDate(settlementDate, entry.series.datedDate);
  const result = { ...none };
  try {
    const ytm = yieldFromPrice(entry.bond, price, settlement);
    result.ytm_semi_annual = round(ytm, 4);
    result.ytm_continuous = round(200 * Math.log(1 + ytm / 200), 5);
  } catch {
    return none;
  }
  const call = entry.firstCallDate;
  if (call !== null && settlement < call) {
    try {
      const toCall = { ...entry.bond, maturity: call, redemption: entry.callPrice };
      if (toCall.firstCouponDate && toCall.firstCouponDate > call) delete toCall.firstCouponDate;
      const ytc = yieldFromPrice(toCall, price, settlement);
      result.ytc_semi_annual = round(ytc, 4);
      result.ytc_continuous = round(200 * Math.log(1 + ytc / 200), 4);
    } catch {
      // No yield to call when the analytics cannot schedule the shortened bond; the API sends null too.
    }
  }
  return result;
}
