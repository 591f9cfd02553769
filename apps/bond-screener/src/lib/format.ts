import { isRecord } from '@terrapin/core/adapter-kit';

const dash = '—';

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, format);
  }
  return format;
}

/** 3.75 → `3.750%` (the API sends percent as plain numbers). */
export function formatPercent(value: unknown, digits = 3): string {
  return isNumber(value) ? `${numberFormat(digits, digits).format(value)}%` : dash;
}

/** A price per 100 nominal: 101.2345 → `101.235`. */
export function formatPrice(value: unknown, digits = 3): string {
  return isNumber(value) ? numberFormat(digits, digits).format(value) : dash;
}

export function formatNumber(value: unknown, digits = 2): string {
  return isNumber(value) ? numberFormat(0, digits).format(value) : dash;
}

export function formatInteger(value: unknown): string {
  return isNumber(value) ? numberFormat(0, 0).format(value) : dash;
}

/** Nominal amounts: 2_500_000_000 → `2.5bn`, 750_000_000 → `750m`, 25_000 → `25,000`. */
export function formatAmount(value: unknown, currency?: string | null): string {
  if (!isNumber(value)) return dash;
  const abs = Math.abs(value);
  let text: string;
  if (abs >= 1e9) text = `${numberFormat(0, 2).format(value / 1e9)}bn`;
  else if (abs >= 1e6) text = `${numberFormat(0, 2).format(value / 1e6)}m`;
  else text = numberFormat(0, 2).format(value);
  return currency ? `${currency} ${text}` : text;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const isoDate = /^(\d{4})-(\d{2})-(\d{2})/;

/** ISO dates stay ISO (unambiguous for analysts); a datetime keeps its date part. */
export function formatDate(value: unknown): string {
  if (typeof value !== 'string' || value === '') return dash;
  const match = isoDate.exec(value);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : value;
}

/** Chart axis ticks: `2025-03-14` → `Mar 2025` (a two-digit `Mar 25` reads as the 25th of March). */
export function formatMonthTick(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = isoDate.exec(value);
  if (!match) return value;
  return `${monthNames[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** Chart tooltips: `2025-03-14` → `14 Mar 2025`. */
export function formatLongDate(value: unknown): string {
  if (typeof value !== 'string') return dash;
  const match = isoDate.exec(value);
  if (!match) return value;
  return `${Number(match[3])} ${monthNames[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** A trade timestamp (with or without a zone, see CONTRACT §8) as `2025-03-14 15:04`. */
export function formatDateTime(value: unknown): string {
  if (typeof value !== 'string' || value === '') return dash;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(value);
  return match ? `${match[1]} ${match[2]}` : formatDate(value);
}

export function formatBoolean(value: unknown): string {
  if (value === true) return 'Yes';
  if (value === false) return 'No';
  return dash;
}

/** `investment_grade` → `Investment grade`; `customer_bought` → `Customer bought`. */
export function formatEnum(value: unknown): string {
  if (typeof value !== 'string' || value === '') return dash;
  const spaced = value.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

export function formatText(value: unknown): string {
  if (value === null || value === undefined || value === '') return dash;
  if (Array.isArray(value)) return value.length > 0 ? value.map((item) => formatText(item)).join(', ') : dash;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Coupons by the month convention: 2 → `Semi-annual`. */
export function formatFrequency(value: unknown): string {
  if (!isNumber(value)) return dash;
  const names: Record<number, string> = {
    0: 'None (zero coupon)',
    1: 'Annual',
    2: 'Semi-annual',
    4: 'Quarterly',
    12: 'Monthly',
  };
  return names[value] ?? `${value}× a year`;
}

/** Floating muni coupons come as `{benchmark, spread_in_bps}` (CONTRACT §9); fixed ones as a number. */
export function formatCoupon(value: unknown): string {
  if (isNumber(value)) return formatPercent(value);
  if (isRecord(value)) {
    const { benchmark, spread_in_bps } = value;
    const spread = isNumber(spread_in_bps)
      ? ` ${spread_in_bps >= 0 ? '+' : '−'} ${Math.abs(spread_in_bps)}bp`
      : '';
    return `${typeof benchmark === 'string' ? benchmark : 'Floating'}${spread}`;
  }
  return dash;
}

/** Reset countdowns: 23 → `23 s`, 95 → `1 min 35 s`. */
export function formatSeconds(value: unknown): string {
  if (!isNumber(value)) return dash;
  const seconds = Math.max(0, Math.round(value));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
