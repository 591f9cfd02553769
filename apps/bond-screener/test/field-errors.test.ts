import { describe, expect, it } from 'vitest';
import { placeProblems } from '../src/lib/field-errors';

describe('placeProblems', () => {
  it('puts each problem next to the field its pointer names', () => {
    const placed = placeProblems('bonds', [
      { pointer: '/coupon_min', detail: 'Invalid input: expected number, received string' },
      { pointer: '/countries/0', detail: 'Unknown country' },
      { pointer: '/countries/2', detail: 'Unknown country' },
      { pointer: '/maturity_date_max', detail: 'Invalid ISO date' },
    ]);
    expect(placed.byField).toEqual({
      couponMin: 'Invalid input: expected number, received string',
      countries: 'Unknown country',
      maturityTo: 'Invalid ISO date',
    });
    expect(placed.unplaced).toEqual([]);
  });

  it('joins different problems on one field', () => {
    const placed = placeProblems('munis', [
      { pointer: '/states/0', detail: 'Too long' },
      { pointer: '/states/0', detail: 'Unknown state' },
    ]);
    expect(placed.byField.state).toBe('Too long; Unknown state');
  });

  it('keeps problems without a matching field for the summary', () => {
    const placed = placeProblems('agency', [
      { pointer: null, detail: 'Body is not valid JSON' },
      { pointer: '/sort', detail: 'Unknown sort key' },
    ]);
    expect(placed.byField).toEqual({});
    expect(placed.unplaced).toHaveLength(2);
  });
});
