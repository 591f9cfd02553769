import { isRecord } from '@terrapin/core/adapter-kit';

export interface Cashflow {
  date: string;
  type: string;
  amount: number;
}

type CashflowLike = Record<string, unknown>;

/**
 * One ISIN's schedule, from either response shape (CONTRACT §9): the current one object per ISIN with a
 * `cashflows` list, or the older flat rows. Sorted by date; rows without a date or amount are dropped.
 */
export function cashflowsFor(rows: readonly unknown[], isin: string): Cashflow[] {
  const flows: Cashflow[] = [];
  const push = (flow: CashflowLike) => {
    if (typeof flow.date === 'string' && typeof flow.amount === 'number') {
      flows.push({
        date: flow.date,
        type: typeof flow.type === 'string' ? flow.type : 'other',
        amount: flow.amount,
      });
    }
  };
  for (const row of rows) {
    if (!isRecord(row) || (typeof row.isin === 'string' && row.isin.toUpperCase() !== isin.toUpperCase()))
      continue;
    if (!Array.isArray(row.cashflows)) {
      push(row);
      continue;
    }
    for (const flow of row.cashflows) if (isRecord(flow)) push(flow);
  }
  return flows.sort((a, b) => a.date.localeCompare(b.date) || a.type.localeCompare(b.type));
}

export interface CashflowBar {
  date: string;
  interest: number;
  principal: number;
}

/** One bar per payment date, interest and principal stacked. */
export function cashflowBars(flows: readonly Cashflow[]): CashflowBar[] {
  const byDate = new Map<string, CashflowBar>();
  for (const flow of flows) {
    const bar = byDate.get(flow.date) ?? { date: flow.date, interest: 0, principal: 0 };
    if (flow.type === 'principal') bar.principal += flow.amount;
    else bar.interest += flow.amount;
    byDate.set(flow.date, bar);
  }
  return [...byDate.values()];
}

/** Totals for the table footer. */
export function cashflowTotals(
  flows: readonly Cashflow[],
  asOf: string,
): { remaining: number; count: number } {
  const future = flows.filter((flow) => flow.date >= asOf);
  return { remaining: future.reduce((sum, flow) => sum + flow.amount, 0), count: future.length };
}
