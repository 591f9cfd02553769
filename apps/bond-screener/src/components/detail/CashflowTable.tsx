import type { Cashflow } from '../../lib/cashflows';
import { formatDate, formatEnum, formatPrice } from '../../lib/format';

/** The schedule as a table; payments already made are dimmed. */
export function CashflowTable({ flows, today }: { flows: Cashflow[]; today: string }) {
  return (
    <div className="table-scroll table-scroll--tall">
      <table className="data-table data-table--compact" data-testid="cashflow-table">
        <caption className="visually-hidden">Cash-flow schedule per 100 nominal</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Type</th>
            <th scope="col" className="numeric">
              Amount per 100
            </th>
          </tr>
        </thead>
        <tbody>
          {flows.map((flow) => (
            <tr key={`${flow.date}-${flow.type}`} className={flow.date < today ? 'is-past' : undefined}>
              <td>{formatDate(flow.date)}</td>
              <td>{formatEnum(flow.type)}</td>
              <td className="numeric">{formatPrice(flow.amount, 4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
