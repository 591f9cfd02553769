import { describe, expect, it } from 'vitest';
import { cashflowBars, cashflowsFor, cashflowTotals } from '../src/lib/cashflows';

describe('cashflowsFor', () => {
  it('reads the current per-ISIN shape, sorted by date', () => {
    const rows = [
      {
        isin: 'IT0005580540',
        cashflows: [
          { date: '2027-02-01', type: 'principal', amount: 100 },
          { date: '2026-08-01', type: 'interest', amount: 2 },
          { date: '2027-02-01', type: 'interest', amount: 2 },
        ],
      },
      { isin: 'DE0001102580', cashflows: [{ date: '2026-01-01', type: 'interest', amount: 1 }] },
    ];
    expect(cashflowsFor(rows, 'it0005580540')).toEqual([
      { date: '2026-08-01', type: 'interest', amount: 2 },
      { date: '2027-02-01', type: 'interest', amount: 2 },
      { date: '2027-02-01', type: 'principal', amount: 100 },
    ]);
  });

  it('reads the older flat rows and drops incomplete ones', () => {
    const rows = [
      { isin: 'IT0005580540', date: '2027-02-01', type: 'interest', amount: 2 },
      { isin: 'IT0005580540', date: null, type: 'interest', amount: 2 },
      { isin: 'IT0005580540', date: '2026-02-01', amount: 2 },
    ];
    expect(cashflowsFor(rows, 'IT0005580540')).toEqual([
      { date: '2026-02-01', type: 'other', amount: 2 },
      { date: '2027-02-01', type: 'interest', amount: 2 },
    ]);
  });
});

describe('cashflowBars and totals', () => {
  const flows = [
    { date: '2026-08-01', type: 'interest', amount: 2 },
    { date: '2027-02-01', type: 'interest', amount: 2 },
    { date: '2027-02-01', type: 'principal', amount: 100 },
  ];
  it('stacks interest and principal per date', () => {
    expect(cashflowBars(flows)).toEqual([
      { date: '2026-08-01', interest: 2, principal: 0 },
      { date: '2027-02-01', interest: 2, principal: 100 },
    ]);
  });
  it('sums the payments still to come', () => {
    expect(cashflowTotals(flows, '2026-09-01')).toEqual({ remaining: 102, count: 2 });
  });
});
