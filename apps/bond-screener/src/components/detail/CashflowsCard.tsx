import { useTerrapinQuery } from '@terrapin/react-hooks';
import { cashflowBars, cashflowsFor, cashflowTotals } from '../../lib/cashflows';
import { isoDay } from '../../lib/dates';
import { formatPrice } from '../../lib/format';
import { operationsFor } from '../../lib/operations';
import { plural } from '../../lib/plural';
import type { Universe } from '../../lib/universe';
import { QueryState } from '../QueryState';
import { Card } from './Card';
import { CashflowChart } from './CashflowChart';
import { CashflowTable } from './CashflowTable';

export function CashflowsCard({ universe, isin }: { universe: Universe; isin: string }) {
  const query = useTerrapinQuery(operationsFor[universe].cashflows as 'bond_cashflows', { isins: [isin] });
  const today = isoDay(new Date());
  return (
    <Card id="cashflows" title="Cash flows">
      <QueryState
        query={query}
        loading="Loading the cash-flow schedule…"
        empty="No projected cash flows for this bond."
        isEmpty={(envelope) => cashflowsFor(envelope.data, isin).length === 0}
      >
        {(envelope) => {
          const flows = cashflowsFor(envelope.data, isin);
          const totals = cashflowTotals(flows, today);
          return (
            <>
              <p className="chart-summary">
                {plural(totals.count, 'payment')} still to come, {formatPrice(totals.remaining, 2)} per 100
                nominal in total.
              </p>
              <div className="cashflows">
                <CashflowChart bars={cashflowBars(flows)} />
                <CashflowTable flows={flows} today={today} />
              </div>
            </>
          );
        }}
      </QueryState>
    </Card>
  );
}
