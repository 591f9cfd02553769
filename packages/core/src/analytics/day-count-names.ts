import { TerrapinAnalyticsError } from './errors';

/**
 * The precise day-count conventions this module computes, by their canonical names:
 * - `30/360 US`: SIA / NASD "bond basis" used for US corporates and agencies. D1 = 31 → 30; D2 = 31 → 30 when
 *   D1 ≥ 30; and, for an end-of-month bond (option `endOfMonth`, derived from the schedule inside bond
 *   functions), the last day of February counts as the 30th (D1, and D2 when D1 also is).
 * - `30/360 Bond Basis`: 2006 ISDA Definitions §4.16(f) ("30/360", "360/360", "Bond Basis"): the US rules
 *   without the February rule.
 * - `30E/360`: §4.16(g) "Eurobond Basis" (also ICMA's 30/360): any 31st counts as the 30th.
 * - `30E/360 ISDA`: §4.16(h) (German): last day of a month counts as the 30th, except D2 when it is the
 *   termination date in February (option `terminationDate`).
 * - `ACT/ACT ICMA`: ICMA Rule 251: days / (frequency × days in the reference period), summed over notional
 *   periods for long and short coupons (options `referenceStart`/`referenceEnd` or `frequency`).
 * - `ACT/ACT ISDA`: §4.16(b): days in leap years / 366 + days in other years / 365.
 * - `ACT/ACT AFB`: the French AFB / "Euro" method: whole years back from the end date, then days / 365 or 366
 *   when the remaining stub contains a 29 February.
 * - `ACT/360` and `ACT/365F` (Actual/365 Fixed).
 */
export type DayCountConvention =
  | '30/360 US'
  | '30/360 Bond Basis'
  | '30E/360'
  | '30E/360 ISDA'
  | 'ACT/ACT ICMA'
  | 'ACT/ACT ISDA'
  | 'ACT/ACT AFB'
  | 'ACT/360'
  | 'ACT/365F';

/** Every canonical convention, in the order the error message lists them. */
export const DAY_COUNT_CONVENTIONS: readonly DayCountConvention[] = Object.freeze([
  '30/360 US',
  '30/360 Bond Basis',
  '30E/360',
  '30E/360 ISDA',
  'ACT/ACT ICMA',
  'ACT/ACT ISDA',
  'ACT/ACT AFB',
  'ACT/360',
  'ACT/365F',
]);

/**
 * A day count as the API's data names it (`interest_accrual_convention`: `'30/360'`, `'act/act (ICMA)'`,
 * `'act/act'`, `'act/360'`, `'act/365'`…) or a canonical {@link DayCountConvention}. Matching ignores case,
 * spaces and punctuation and reads "actual" as "act".
 */
export type DayCountName = DayCountConvention | (string & {});

// Keys are the name lower-cased with "actual" → "act" and everything but letters and digits removed.
const ALIASES: Record<string, DayCountConvention> = {
  // US bond basis. The API's '30/360' is on US agency and corporate data, hence SIA rather than ISDA.
  '30360': '30/360 US',
  '30360us': '30/360 US',
  '30u360': '30/360 US',
  '30us360': '30/360 US',
  us30360: '30/360 US',
  '30360sia': '30/360 US',
  '30360nasd': '30/360 US',
  '30360usa': '30/360 US',
  thirty360: '30/360 US',
  // ISDA 30/360 (no February rule).
  bondbasis: '30/360 Bond Basis',
  '30360bondbasis': '30/360 Bond Basis',
  '30360isda': '30/360 Bond Basis',
  '360360': '30/360 Bond Basis',
  // 30E/360.
  '30e360': '30E/360',
  '30360e': '30E/360',
  '30360eu': '30E/360',
  '30360european': '30E/360',
  eurobondbasis: '30E/360',
  '30360icma': '30E/360',
  '30360isma': '30E/360',
  isma30360: '30E/360',
  '30e360icma': '30E/360',
  '30s360': '30E/360',
  // 30E/360 ISDA.
  '30e360isda': '30E/360 ISDA',
  '30360german': '30E/360 ISDA',
  german: '30E/360 ISDA',
  // Act/Act ICMA. The API renamed its 'act/act' to 'act/act (ICMA)' (CONTRACT.md §9), so plain act/act is ICMA.
  actacticma: 'ACT/ACT ICMA',
  actactisma: 'ACT/ACT ICMA',
  actact: 'ACT/ACT ICMA',
  actactbond: 'ACT/ACT ICMA',
  aa: 'ACT/ACT ICMA',
  // Act/Act ISDA.
  actactisda: 'ACT/ACT ISDA',
  actacthistorical: 'ACT/ACT ISDA',
  act365isda: 'ACT/ACT ISDA',
  // Act/Act AFB.
  actactafb: 'ACT/ACT AFB',
  actacteuro: 'ACT/ACT AFB',
  actactfbf: 'ACT/ACT AFB',
  // Act/360.
  act360: 'ACT/360',
  a360: 'ACT/360',
  french: 'ACT/360',
  // Act/365 Fixed. The API's 'act/365' is the fixed variant.
  act365: 'ACT/365F',
  act365f: 'ACT/365F',
  act365fixed: 'ACT/365F',
  a365f: 'ACT/365F',
  english: 'ACT/365F',
};

const CACHE = new Map<string, DayCountConvention>();

function keyOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/actual/g, 'act')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * Maps a day-count name as the data writes it to its precise convention.
 * @throws TerrapinAnalyticsError `unknown_day_count`, listing the known conventions and names.
 * @example
 * resolveDayCount('act/act (ICMA)'); // 'ACT/ACT ICMA'
 * resolveDayCount('30/360');         // '30/360 US'
 * resolveDayCount('Actual/365 Fixed'); // 'ACT/365F'
 */
export function resolveDayCount(name: DayCountName): DayCountConvention {
  if (typeof name === 'string') {
    const cached = CACHE.get(name);
    if (cached !== undefined) return cached;
    const found = ALIASES[keyOf(name)];
    if (found !== undefined) {
      if (CACHE.size < 256) CACHE.set(name, found);
      return found;
    }
  }
  const shown = typeof name === 'string' ? JSON.stringify(name) : String(name);
  throw new TerrapinAnalyticsError(
    'unknown_day_count',
    `Unknown day count ${shown}. Known conventions: ${DAY_COUNT_CONVENTIONS.join(', ')}. ` +
      `The API's names are accepted too ('30/360', 'act/act (ICMA)', 'act/act', 'act/360', 'act/365'), ` +
      'ignoring case, spaces and punctuation.',
    { field: 'dayCount' },
  );
}
