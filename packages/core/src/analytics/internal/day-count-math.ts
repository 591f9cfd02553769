/**
 * Day-count arithmetic on day serials. The public wrappers in `../day-count.ts` parse and validate; the bond
 * functions call these directly so that a yield solve does no string work.
 */
import type { DayCountConvention } from '../day-count-names';
import { TerrapinAnalyticsError } from '../errors';
import { addMonthsSerial, daysInMonth, fromSerial, isLeapYear, toSerial } from './calendar';

/** Context some conventions need (all serials). */
export interface DayCountContext {
  /** ICMA reference (notional coupon) period. */
  refStart?: number | undefined;
  refEnd?: number | undefined;
  /** ICMA coupons per year, when no reference period is given. */
  frequency?: number | undefined;
  /** 30E/360 ISDA termination (maturity) date. */
  termination?: number | undefined;
  /** 30/360 US: the security pays on month ends, so the February rule applies. */
  endOfMonth?: boolean | undefined;
}

const EMPTY: DayCountContext = {};

export function isThirty(conv: DayCountConvention): boolean {
  return conv.charCodeAt(0) === 51; // '3': the 30/360 family
}

function isLastOfFebruary(y: number, m: number, d: number): boolean {
  return m === 2 && d === daysInMonth(y, 2);
}

/** 30/360-family day number between s ≤ e. */
function thirtyDays(conv: DayCountConvention, s: number, e: number, ctx: DayCountContext): number {
  const a = fromSerial(s);
  const b = fromSerial(e);
  let d1 = a.d;
  let d2 = b.d;
  switch (conv) {
    case '30/360 US':
      if (ctx.endOfMonth === true && isLastOfFebruary(a.y, a.m, a.d)) {
        if (isLastOfFebruary(b.y, b.m, b.d)) d2 = 30;
        d1 = 30;
      }
      if (d2 === 31 && d1 >= 30) d2 = 30;
      if (d1 === 31) d1 = 30;
      break;
    case '30/360 Bond Basis':
      if (d1 === 31) d1 = 30;
      if (d2 === 31 && d1 === 30) d2 = 30;
      break;
    case '30E/360':
      if (d1 === 31) d1 = 30;
      if (d2 === 31) d2 = 30;
      break;
    default: {
      // 30E/360 ISDA
      if (d1 === daysInMonth(a.y, a.m)) d1 = 30;
      const terminationInFebruary = ctx.termination === e && b.m === 2;
      if (d2 === daysInMonth(b.y, b.m) && !terminationInFebruary) d2 = 30;
    }
  }
  return 360 * (b.y - a.y) + 30 * (b.m - a.m) + (d2 - d1);
}

/** Days counted by the convention (30/360 day number, or actual days). */
export function dayCountDays(
  conv: DayCountConvention,
  s: number,
  e: number,
  ctx: DayCountContext = EMPTY,
): number {
  if (e < s) return -dayCountDays(conv, e, s, ctx);
  return isThirty(conv) ? thirtyDays(conv, s, e, ctx) : e - s;
}

function actActIsda(s: number, e: number): number {
  const y1 = fromSerial(s).y;
  const y2 = fromSerial(e).y;
  const basis1 = isLeapYear(y1) ? 366 : 365;
  if (y1 === y2) return (e - s) / basis1;
  const basis2 = isLeapYear(y2) ? 366 : 365;
  return (toSerial(y1 + 1, 1, 1) - s) / basis1 + (y2 - y1 - 1) + (e - toSerial(y2, 1, 1)) / basis2;
}

function actActAfb(s: number, e: number): number {
  // Whole years are counted back from the end date; the stub's denominator is 366 when it spans a 29 February.
  let end = e;
  let years = 0;
  for (;;) {
    let prior = addMonthsSerial(end, -12, false);
    const p = fromSerial(prior);
    if (p.m === 2 && p.d === 28 && isLeapYear(p.y)) prior += 1;
    if (prior < s) break;
    years += 1;
    end = prior;
  }
  let basis = 365;
  const endYear = fromSerial(end).y;
  const startYear = fromSerial(s).y;
  if (isLeapYear(endYear)) {
    const feb29 = toSerial(endYear, 2, 29);
    if (end > feb29 && s <= feb29) basis = 366;
  } else if (isLeapYear(startYear)) {
    const feb29 = toSerial(startYear, 2, 29);
    if (end > feb29 && s <= feb29) basis = 366;
  }
  return years + (end - s) / basis;
}

/**
 * ICMA with an explicit reference period, following the ICMA rule as implemented by QuantLib's
 * `ActualActual::ISMA`: the fraction of the notional period, times the period's length in years, split over
 * notional periods when the accrual runs outside the reference period.
 */
function actActIcmaRef(s: number, e: number, refStart: number, refEnd: number): number {
  if (!(refEnd > refStart && refEnd > s)) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      'ACT/ACT ICMA: the reference period must end after it starts and after the start date',
      { field: 'referenceEnd' },
    );
  }
  let rs = refStart;
  let re = refEnd;
  let months = Math.round((12 * (re - rs)) / 365);
  if (months === 0) {
    rs = s;
    re = addMonthsSerial(s, 12, false);
    months = 12;
  }
  const period = months / 12;
  if (e <= re) {
    if (s >= rs) return (period * (e - s)) / (re - rs);
    // The accrual starts before the reference period: split at its start, using the notional period before.
    const previous = addMonthsSerial(rs, -months, false);
    if (e > rs) return actActIcmaRef(s, rs, previous, rs) + actActIcmaRef(rs, e, rs, re);
    return actActIcmaRef(s, e, previous, rs);
  }
  // Long final period: whole notional periods after the reference period, then the stub.
  if (rs > s) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      'ACT/ACT ICMA: when the accrual ends after the reference period, it must not start before it',
      { field: 'referenceStart' },
    );
  }
  let sum = actActIcmaRef(s, re, rs, re);
  let i = 0;
  let ns = re;
  let ne = re;
  for (;;) {
    ns = addMonthsSerial(re, months * i, false);
    ne = addMonthsSerial(re, months * (i + 1), false);
    if (e < ne) break;
    sum += period;
    i += 1;
  }
  return sum + actActIcmaRef(ns, e, ns, ne);
}

/** ICMA with only a frequency: notional periods roll forward from the start date (a coupon date). */
function actActIcmaFrequency(s: number, e: number, frequency: number): number {
  const months = 12 / frequency;
  let sum = 0;
  let qs = s;
  let i = 1;
  for (;;) {
    const qe = addMonthsSerial(s, months * i, false);
    if (qe > e) return sum + (e - qs) / (qe - qs) / frequency;
    sum += 1 / frequency;
    qs = qe;
    i += 1;
  }
}

/** Year fraction between two serials (negative when e < s). */
export function dayCountYearFraction(
  conv: DayCountConvention,
  s: number,
  e: number,
  ctx: DayCountContext = EMPTY,
): number {
  if (e === s) return 0;
  if (e < s) return -dayCountYearFraction(conv, e, s, ctx);
  switch (conv) {
    case 'ACT/360':
      return (e - s) / 360;
    case 'ACT/365F':
      return (e - s) / 365;
    case 'ACT/ACT ISDA':
      return actActIsda(s, e);
    case 'ACT/ACT AFB':
      return actActAfb(s, e);
    case 'ACT/ACT ICMA':
      if (ctx.refStart !== undefined && ctx.refEnd !== undefined) {
        return actActIcmaRef(s, e, ctx.refStart, ctx.refEnd);
      }
      if (ctx.frequency !== undefined) return actActIcmaFrequency(s, e, ctx.frequency);
      throw new TerrapinAnalyticsError(
        'missing_option',
        'ACT/ACT ICMA needs the coupon period: pass { referenceStart, referenceEnd } (the regular coupon period ' +
          'the dates fall in) or { frequency } (coupons per year, counted from the start date). Bond functions ' +
          'such as accruedInterest() take it from the schedule.',
        { field: 'referenceStart' },
      );
    default:
      return thirtyDays(conv, s, e, ctx) / 360;
  }
}
