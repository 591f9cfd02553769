import { useTerrapinQuery } from '@terrapin/react-hooks';
import { AnalyticsCard } from '../components/detail/AnalyticsCard';
import { BondHeader } from '../components/detail/BondHeader';
import { CashflowsCard } from '../components/detail/CashflowsCard';
import { DocumentsCard } from '../components/detail/DocumentsCard';
import { LatestPriceCard } from '../components/detail/LatestPriceCard';
import { PriceHistoryCard } from '../components/detail/PriceHistoryCard';
import { ReferenceCard } from '../components/detail/ReferenceCard';
import { SeriesCard } from '../components/detail/SeriesCard';
import { ErrorPanel } from '../components/ErrorPanel';
import { presentError } from '../lib/errors';
import { operationsFor } from '../lib/operations';
import type { Universe } from '../lib/universe';

type Row = Record<string, unknown>;

function latestDate(price: Row | undefined): string | null {
  const value = price?.date ?? price?.trade_datetime;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

export function BondPage({ universe, isin }: { universe: Universe; isin: string }) {
  const ops = operationsFor[universe];
  const reference = useTerrapinQuery(ops.reference as 'bond_reference', { isins: [isin] });
  const latest = useTerrapinQuery(ops.pricingLatest as 'bond_pricing_latest', { isins: [isin] });
  const record = reference.data?.data[0] as Row | undefined;
  const price = latest.data?.data[0] as Row | undefined;
  const referenceError = reference.error ? presentError(reference.error) : null;
  // History ends at the latest price (a bond that stopped trading still gets a chart); today when there is none.
  const asOf = latest.isPending ? undefined : latestDate(price);

  return (
    <main className="bond-page" id="main">
      <BondHeader universe={universe} isin={isin} record={record} loading={reference.isPending} />
      {referenceError ? (
        <ErrorPanel error={referenceError} onRetry={() => void reference.refetch()} />
      ) : reference.data && !record ? (
        <p className="state-message state-message--empty" role="status">
          No reference data for {isin}. Check the ISIN, or try another universe.
        </p>
      ) : null}
      <div className="bond-page__top">
        <div className="bond-page__side">
          <LatestPriceCard universe={universe} query={latest} />
          <AnalyticsCard universe={universe} record={record} price={price} />
        </div>
        <PriceHistoryCard universe={universe} isin={isin} asOf={asOf} />
      </div>
      <ReferenceCard universe={universe} query={reference} />
      <CashflowsCard universe={universe} isin={isin} />
      {universe === 'munis' ? (
        <div className="bond-page__pair">
          <DocumentsCard isin={isin} />
          <SeriesCard isin={isin} />
        </div>
      ) : null}
    </main>
  );
}
