import { useState } from 'react';
import { formatDateTime, formatEnum, formatInteger, formatPercent, formatPrice } from '../../lib/format';
import { latestTradesFirst } from '../../lib/history';

type Trade = Record<string, unknown>;
const initialRows = 10;

/** Municipal trades, newest first; cancelled trades are marked rather than hidden. */
export function TradesTable({ trades }: { trades: Trade[] }) {
  const [expanded, setExpanded] = useState(false);
  const sorted = latestTradesFirst(trades);
  const shown = expanded ? sorted : sorted.slice(0, initialRows);
  return (
    <div className="trades">
      <h3 className="subheading">Trades</h3>
      <div className="table-scroll">
        <table className="data-table data-table--compact">
          <caption className="visually-hidden">Reported trades, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Trade time</th>
              <th scope="col">Type</th>
              <th scope="col" className="numeric">
                Price
              </th>
              <th scope="col" className="numeric">
                YTM
              </th>
              <th scope="col" className="numeric">
                Amount
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((trade, index) => (
              <tr
                key={String(trade.id ?? `${trade.trade_datetime}-${index}`)}
                className={trade.is_cancelled ? 'is-cancelled' : undefined}
              >
                <td>{formatDateTime(trade.trade_datetime)}</td>
                <td>
                  {formatEnum(trade.trade_type)}
                  {trade.is_cancelled ? ' (cancelled)' : ''}
                </td>
                <td className="numeric">{formatPrice(trade.price)}</td>
                <td className="numeric">{formatPercent(trade.ytm_semi_annual)}</td>
                <td className="numeric">{formatInteger(trade.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {sorted.length > initialRows ? (
        <button type="button" className="button button--small" onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer trades' : `Show all ${sorted.length} trades`}
        </button>
      ) : null}
    </div>
  );
}
