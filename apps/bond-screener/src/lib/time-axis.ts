const DAY = 86_400_000;
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Epoch milliseconds of a `YYYY-MM-DD` date at 00:00 UTC. */
export function dateToMs(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

export interface TimeTicks {
  ticks: number[];
  format: (ms: number) => string;
}

/**
 * Ticks for a time axis whose points are unevenly spaced (weekends, sparse muni trades): month starts for spans of
 * two months or more (every 1, 2, 3, 6 or 12 months to keep about `maxTicks`), otherwise days.
 */
export function timeTicks(minMs: number, maxMs: number, maxTicks = 8): TimeTicks {
  if (!Number.isFinite(minMs) || !Number.isFinite(maxMs) || maxMs < minMs)
    return { ticks: [], format: () => '' };
  const spanDays = (maxMs - minMs) / DAY;
  if (spanDays < 60) {
    const step = Math.max(1, Math.ceil((spanDays + 1) / maxTicks));
    const ticks: number[] = [];
    for (let t = minMs; t <= maxMs; t += step * DAY) ticks.push(t);
    return {
      ticks,
      format: (ms) => {
        const d = new Date(ms);
        return `${d.getUTCDate()} ${monthNames[d.getUTCMonth()]}`;
      },
    };
  }
  const start = new Date(minMs);
  const months = Math.ceil(spanDays / 30.44);
  const step = [1, 2, 3, 6, 12].find((s) => months / s <= maxTicks) ?? 12;
  const ticks: number[] = [];
  // First month start on or after min, aligned to the step (Jan/Apr/Jul/Oct for quarters).
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth() + (start.getUTCDate() === 1 && start.getUTCHours() === 0 ? 0 : 1);
  month = Math.ceil(month / step) * step;
  for (;;) {
    const t = Date.UTC(year, month, 1);
    if (t > maxMs) break;
    ticks.push(t);
    month += step;
    if (month >= 12) {
      year += Math.floor(month / 12);
      month %= 12;
    }
  }
  return {
    ticks,
    format: (ms) => {
      const d = new Date(ms);
      // The full year: "Jan 26" reads as 26 January (issue 18).
      return `${monthNames[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    },
  };
}
