import { toDay } from '../data/dates';
import { dailyTrades, latestTrade, tradesBetween } from '../data/market/muni-trades';
import { muniYields } from '../data/market/muni-yields';
import { distinct } from './paging';
import type { HandlerRegistry } from './types';
import { MAX_ROWS } from './types';

type MuniPricingHandlers = Pick<
  HandlerRegistry,
  'muni_pricing_latest' | 'muni_pricing_history' | 'muni_pricing_daily_history' | 'muni_price_to_yield'
>;

/** Municipal trades and yields. */
export const muniPricingHandlers: MuniPricingHandlers = {
  muni_pricing_latest: (p, u) => {
    const asOf = Math.min(p.as_of_date ? toDay(p.as_of_date) : u.dataDay, u.dataDay);
    return {
      data: distinct(p.isins).flatMap((isin) => {
        const e = u.muniIndex.get(isin);
        const trade = e ? latestTrade(u.trades, e, asOf) : null;
        return trade ? [trade] : [];
      }),
    };
  },
  muni_pricing_history: (p, u) => {
    const e = u.muniIndex.get(p.isin);
    if (!e) return { data: [], total: 0 };
    const { rows, total } = tradesBetween(u.trades, e, toDay(p.start_date), toDay(p.end_date), MAX_ROWS);
    return { data: rows, total };
  },
  muni_pricing_daily_history: (p, u) => {
    const { rows, total } = dailyTrades(u.trades, u.munis, toDay(p.trade_date), MAX_ROWS);
    return { data: rows, total };
  },
  muni_price_to_yield: (p, u) => ({
    data: p.flatMap((item) => {
      const e = u.muniIndex.get(item.isin);
      if (!e) return [];
      const trade_data = item.trade_data.map((t) => {
        const documented = u.pinned.priceToYield.get(`${item.isin}|${t.price}|${t.settlement_date}`);
        const yields = documented
          ? {
              ytc_continuous: documented.ytc_continuous,
              ytc_money_market: documented.ytc_money_market,
              ytc_semi_annual: documented.ytc_semi_annual,
              ytm_continuous: documented.ytm_continuous,
              ytm_money_market: documented.ytm_money_market,
              ytm_semi_annual: documented.ytm_semi_annual,
            }
          : muniYields(e, t.price, t.settlement_date);
        return { price: t.price, settlement_date: t.settlement_date, ...yields };
      });
      return [{ isin: item.isin, trade_data }];
    }),
  }),
};
