/** `YYYY-MM-DD` in UTC (the API's dates carry no zone). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The same calendar day `months` earlier, clamped to the month's end (31 Mar − 1 month → 28/29 Feb). */
export function monthsBefore(date: Date, months: number): Date {
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)));
}

export type HistoryRange = '1M' | '3M' | '6M' | '1Y';
export const historyRanges: readonly HistoryRange[] = ['1M', '3M', '6M', '1Y'];
const rangeMonths: Record<HistoryRange, number> = { '1M': 1, '3M': 3, '6M': 6, '1Y': 12 };

/** Start and end dates of a history window ending today (the Startup tier keeps one year of history). */
export function historyWindow(
  range: HistoryRange,
  today: Date = new Date(),
): { start_date: string; end_date: string } {
  return { start_date: isoDay(monthsBefore(today, rangeMonths[range])), end_date: isoDay(today) };
}
