import type { Cashflow } from '../../lib/cashflows';
import { formatDate, formatEnum, formatPrice } from '../../lib/format';
import { plural } from '../../lib/plural';

function Rows({ flows, past }: { flows: Cashflow[]; past: boolean }) {
  return (
    <>
      {flows.map((flow) => (
        <tr key={`${flow.date}-${flow.type}`} className={past ? 'is-past' : undefined}>
          <td>{formatDate(flow.date)}</td>
          <td>{formatEnum(flow.type)}</td>
          <td className="numeric">{formatPrice(flow.amount, 4)}</td>
        </tr>
      ))}
    </>
  );
}

function Table({ flows, past, caption }: { flows: Cashflow[]; past: boolean; caption: string }) {
  return (
    // Focusable so the scroll box can be scrolled from the keyboard (axe scrollable-region-focusable).
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scroll box must take focus to be scrolled from the keyboard
    <section className="table-scroll table-scroll--tall" tabIndex={0} aria-label={caption}>
      <table
        className="data-table data-table--compact"
        data-testid={past ? 'cashflow-past' : 'cashflow-table'}
      >
        <caption className="visually-hidden">{caption}</caption>
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
          <Rows flows={flows} past={past} />
        </tbody>
      </table>
    </section>
  );
}

/**
 * The schedule as a table that opens at the next payment (issue 18): payments already made are folded away
 * behind a disclosure instead of pushing twenty years of history above what is still to come.
 */
export function CashflowTable({ flows, today }: { flows: Cashflow[]; today: string }) {
  const past = flows.filter((flow) => flow.date < today);
  const upcoming = flows.filter((flow) => flow.date >= today);
  return (
    <div className="cashflow-tables">
      {upcoming.length > 0 ? (
        <Table flows={upcoming} past={false} caption="Payments to come, per 100 nominal" />
      ) : (
        <p className="metrics__note">No payments left: the bond has matured.</p>
      )}
      {past.length > 0 ? (
        <details className="cashflow-past">
          <summary>Show {plural(past.length, 'past payment')}</summary>
          <Table flows={past} past caption="Payments already made, per 100 nominal" />
        </details>
      ) : null}
    </div>
  );
}
