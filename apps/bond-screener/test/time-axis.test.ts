import { describe, expect, it } from 'vitest';
import { dateToMs, timeTicks } from '../src/lib/time-axis';

const labels = (from: string, to: string, max?: number) => {
  const { ticks, format } = timeTicks(dateToMs(from), dateToMs(to), max);
  return ticks.map(format);
};

describe('timeTicks', () => {
  it('puts month starts on a one-year axis', () => {
    expect(labels('2025-11-27', '2026-11-27', 12)).toEqual([
      'Dec 2025',
      'Jan 2026',
      'Feb 2026',
      'Mar 2026',
      'Apr 2026',
      'May 2026',
      'Jun 2026',
      'Jul 2026',
      'Aug 2026',
      'Sep 2026',
      'Oct 2026',
      'Nov 2026',
    ]);
  });
  it('thins month ticks to stay under the maximum, aligned to the step', () => {
    expect(labels('2025-11-27', '2026-11-27', 6)).toEqual([
      'Jan 2026',
      'Mar 2026',
      'May 2026',
      'Jul 2026',
      'Sep 2026',
      'Nov 2026',
    ]);
    expect(labels('2024-01-01', '2026-12-31', 8)).toEqual([
      'Jan 2024',
      'Jul 2024',
      'Jan 2025',
      'Jul 2025',
      'Jan 2026',
      'Jul 2026',
    ]);
  });
  it('uses days on short spans, never repeating a label', () => {
    const days = labels('2026-09-14', '2026-10-05', 8);
    expect(days[0]).toBe('14 Sep');
    expect(new Set(days).size).toBe(days.length);
    expect(days.length).toBeLessThanOrEqual(8);
  });
  it('handles a single point and bad input', () => {
    expect(labels('2026-09-14', '2026-09-14')).toEqual(['14 Sep']);
    expect(timeTicks(Number.NaN, 0).ticks).toEqual([]);
  });
});
