import { describe, expect, it } from 'vitest';
import { historyWindow, monthsBefore } from '../src/lib/dates';
import { bondPath, parseRoute } from '../src/lib/routes';

describe('routes', () => {
  it('parses the screener and detail pages', () => {
    expect(parseRoute('/')).toEqual({ name: 'screener' });
    expect(parseRoute('/bonds/it0005580540')).toEqual({
      name: 'bond',
      universe: 'bonds',
      isin: 'IT0005580540',
    });
    expect(parseRoute('/munis/US00037CUQ13/')).toEqual({
      name: 'bond',
      universe: 'munis',
      isin: 'US00037CUQ13',
    });
  });
  it('rejects unknown universes and malformed ISINs', () => {
    expect(parseRoute('/stocks/US00037CUQ13')).toEqual({ name: 'not-found' });
    expect(parseRoute('/bonds/short')).toEqual({ name: 'not-found' });
  });
  it('round-trips a bond path', () => {
    expect(parseRoute(bondPath('agency', 'US3134HCZH51'))).toMatchObject({ isin: 'US3134HCZH51' });
  });
});

describe('history windows', () => {
  it('ends today and starts the same day months earlier, clamped to month ends', () => {
    const today = new Date(Date.UTC(2026, 2, 31));
    expect(historyWindow('1M', today)).toEqual({ start_date: '2026-02-28', end_date: '2026-03-31' });
    expect(historyWindow('1Y', today)).toEqual({ start_date: '2025-03-31', end_date: '2026-03-31' });
    expect(
      monthsBefore(new Date(Date.UTC(2024, 2, 31)), 1)
        .toISOString()
        .slice(0, 10),
    ).toBe('2024-02-29');
  });
});
