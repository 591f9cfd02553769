import type { Bond } from './bond';
import { TerrapinAnalyticsError } from './errors';
import { derivativesAt, type FlowContext } from './internal/flows';
import { prepareQuote, rateFromYield, solveQuote, targetDirty } from './internal/quote';
import type { YieldConvention } from './price-yield';

/** Options of the risk measures. */
export interface RiskOptions {
  /**
   * Yield convention the yield is quoted in, see {@link YieldConvention}.
   * @default 'street'
   */
  convention?: YieldConvention;
}

/** Price and risk of a bond at one yield; see {@link bondMetrics}. */
export interface BondMetrics {
  /** Yield to maturity, percent. */
  yield: number;
  /** Clean (quoted) price per 100 nominal. */
  cleanPrice: number;
  /** Full (dirty) price per 100 nominal. */
  dirtyPrice: number;
  /** Accrued interest per 100 nominal. */
  accruedInterest: number;
  /** Macaulay duration, years. */
  macaulayDuration: number;
  /** Modified duration, years: Macaulay / (1 + y/f). */
  modifiedDuration: number;
  /** Convexity, years² (not divided by 100). */
  convexity: number;
  /** Price value of a basis point per 100 nominal (positive for a long position). */
  dv01: number;
}

interface Measures {
  price: number;
  macaulay: number;
  modified: number;
  convexity: number;
  dv01: number;
}

function measures(ctx: FlowContext, x: number): Measures {
  const f = ctx.periodsPerYear;
  const { price, d1, d2 } = derivativesAt(ctx, x);
  const macaulay = ctx.simple ? ctx.flows[0].time / f : (-d1 * (1 + x)) / price / f;
  return {
    price,
    macaulay,
    modified: macaulay / (1 + x),
    convexity: d2 / price / (f * f),
    dv01: (-d1 / f) * 1e-4,
  };
}

function at(bond: Bond, yieldPct: number, settlement: string, options: RiskOptions | undefined): Measures {
  const { ctx } = prepareQuote(bond, settlement, options);
  return measures(ctx, rateFromYield(ctx, yieldPct));
}

/**
 * Macaulay duration in years: the present-value-weighted average time of the remaining payments, discounted at
 * the yield as {@link priceFromYield} does (with one payment left: the time to it).
 * @example
 * macaulayDuration({ coupon: 8, frequency: 2, maturity: '2016-01-01', dayCount: 'act/act' }, 9, '2008-01-01');
 * // 5.99377495554519 (the Excel DURATION example)
 */
export function macaulayDuration(
  bond: Bond,
  yieldPct: number,
  settlement: string,
  options?: RiskOptions,
): number {
  return at(bond, yieldPct, settlement, options).macaulay;
}

/**
 * Modified duration in years: Macaulay duration / (1 + yield / frequency), as Excel's MDURATION. Away from the
 * last period it equals −(1/P)·dP/dy.
 * @example
 * modifiedDuration({ coupon: 8, frequency: 2, maturity: '2016-01-01', dayCount: 'act/act' }, 9, '2008-01-01');
 * // 5.73566981391884 (the Excel MDURATION example)
 */
export function modifiedDuration(
  bond: Bond,
  yieldPct: number,
  settlement: string,
  options?: RiskOptions,
): number {
  return at(bond, yieldPct, settlement, options).modified;
}

/**
 * Convexity in years²: (1/P)·d²P/dy² of the full price, y as a decimal yield. Not scaled by 100 (divide by 100
 * for the "per 100 bp²" quotes some screens show).
 * @example
 * convexity({ coupon: 5, frequency: 2, maturity: '2034-01-15', dayCount: '30/360' }, 5, '2024-01-15'); // ≈ 73.63 (par 10-year)
 */
export function convexity(bond: Bond, yieldPct: number, settlement: string, options?: RiskOptions): number {
  return at(bond, yieldPct, settlement, options).convexity;
}

/**
 * DV01 (PV01, PVBP): the fall in full price per 100 nominal when the yield rises by one basis point, from the
 * analytic derivative of the pricing formula (−dP/dy × 0.0001).
 * @example
 * dv01({ coupon: 5, frequency: 2, maturity: '2034-01-15', dayCount: '30/360' }, 5, '2024-01-15'); // ≈ 0.0779
 */
export function dv01(bond: Bond, yieldPct: number, settlement: string, options?: RiskOptions): number {
  return at(bond, yieldPct, settlement, options).dv01;
}

/** What {@link bondMetrics} starts from: a yield in percent, or a clean or full price per 100 nominal. */
export type BondQuote = { yield: number } | { cleanPrice: number } | { dirtyPrice: number };

/**
 * Price, yield, accrued interest, durations, convexity and DV01 in one go (one schedule, at most one yield
 * solve), from either a yield or a price.
 * @throws TerrapinAnalyticsError `invalid_input` when the quote is not exactly one sane yield or price.
 * @example
 * const bond = { coupon: 5.75, frequency: 2, maturity: '2017-11-15', dayCount: '30/360' } as const;
 * bondMetrics(bond, { cleanPrice: 94.63 }, '2008-02-15');
 * // { yield: 6.5006…, cleanPrice: 94.63, dirtyPrice: 96.0675, accruedInterest: 1.4375, macaulayDuration: 7.416…, … }
 */
export function bondMetrics(
  bond: Bond,
  quote: BondQuote,
  settlement: string,
  options?: RiskOptions,
): BondMetrics {
  // Read as untyped fields: JavaScript callers may pass anything, and the checks below reject it by name.
  const q: { yield?: unknown; cleanPrice?: unknown; dirtyPrice?: unknown } =
    typeof quote === 'object' && quote !== null ? quote : {};
  const given = [q.yield, q.cleanPrice, q.dirtyPrice].filter((v) => v !== undefined).length;
  if (given !== 1) {
    throw new TerrapinAnalyticsError(
      'invalid_input',
      'bondMetrics: pass exactly one of { yield }, { cleanPrice } or { dirtyPrice }',
      { field: 'quote' },
    );
  }
  const { rb, ctx } = prepareQuote(bond, settlement, options);
  let x: number;
  if (q.yield !== undefined) {
    x = rateFromYield(ctx, q.yield);
  } else {
    const dirty = q.dirtyPrice !== undefined;
    x = solveQuote(ctx, rb, targetDirty(ctx, dirty ? q.dirtyPrice : q.cleanPrice, dirty));
  }
  const m = measures(ctx, x);
  return {
    yield: x * ctx.periodsPerYear * 100,
    cleanPrice: m.price - ctx.accrued,
    dirtyPrice: m.price,
    accruedInterest: ctx.accrued,
    macaulayDuration: m.macaulay,
    modifiedDuration: m.modified,
    convexity: m.convexity,
    dv01: m.dv01,
  };
}
