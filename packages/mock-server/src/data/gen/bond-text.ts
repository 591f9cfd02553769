import { tickerDate, yearOf } from '../dates';

/** Coupon as tickers and names print it: `3.75`, `5.875`, `4`. */
export function couponText(coupon: number): string {
  return String(Math.round(coupon * 1000) / 1000);
}

/** A gov/corp ticker: `BPEIM 3.75 10/22/28 EMTN`, `EUROB V5.875 11/28/29 EMTN`. */
export function bondTicker(
  root: string,
  coupon: number,
  maturity: string,
  variable: boolean,
  suffix: string,
): string {
  const text = `${root} ${variable ? 'V' : ''}${couponText(coupon)} ${tickerDate(maturity)}`;
  return suffix ? `${text} ${suffix}` : text;
}

/** A gov/corp security name: `EUROBANK SA FRN 2029`, `CANARY WHARF GROUP INVESTMENT HOLDINGS PLC 1.75% 2026`. */
export function bondName(issuer: string, coupon: number, maturity: string, variable: boolean): string {
  return variable
    ? `${issuer} FRN ${yearOf(maturity)}`
    : `${issuer} ${couponText(coupon)}% ${yearOf(maturity)}`;
}

/** Rounds a coupon to a market step (1/8 for corporates, 0.05 for governments), never below zero. */
export function roundCoupon(value: number, step: number): number {
  return Math.max(0, Number((Math.round(value / step) * step).toFixed(4)));
}
