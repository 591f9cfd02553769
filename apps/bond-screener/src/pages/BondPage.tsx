import { useTerrapinQuery } from '@terrapin/react-hooks';
import { AnalyticsCard } from '../components/detail/AnalyticsCard';
import { BondHeader } from '../components/detail/BondHeader';
import { CashflowsCard } from '../components/detail/CashflowsCard';
import { DocumentsCard } from '../components/detail/DocumentsCard';
import { LatestPriceCard } from '../components/detail/LatestPriceCard';
import { PriceHistoryCard } from '../components/detail/PriceHistoryCard';
import { RateLimitNotice } from '../components/detail/RateLimitNotice';
import { ReferenceCard } from '../components/detail/ReferenceCard';
import { SeriesCard } from '../components/detail/SeriesCard';
import { ErrorPanel } from '../components/ErrorPanel';
import { Link } from '../components/Link';
import { presentError } from '../lib/errors';
import { parseIdentifier } from '../lib/identifier-lookup';
import { operationsFor } from '../lib/operations';
import { screenerHref } from '../lib/screener-link';
import { type Universe, universeLabels } from '../lib/universe';

type Row = Record<string, unknown>;

function latestDate(price: Row | undefined): string | null {
  const value = price?.date ?? price?.trade_datetime;
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

/** One page-level message in place of the cards (a bad ISIN, an unknown bond). */
function PageMessage({ children }: { children: React.ReactNode }) {
  return (
    <div className="page-notice" role="alert" data-testid="page-message">
      {children} <Link href={screenerHref()}>Back to the screener</Link>
    </div>
  );
}

export function BondPage({ universe, isin }: { universe: Universe; isin: string }) {
  const parsed = parseIdentifier(isin);
  const valid = parsed.ok && parsed.isin === isin;
  const ops = operationsFor[universe];
  // A bad check digit is known offline: say it once and send nothing (issue 18).
  const reference = useTerrapinQuery(
    ops.reference as 'bond_reference',
    { isins: [isin] },
    {
      enabled: valid,
    },
  );
  const record = reference.data?.data[0] as Row | undefined;
  // The other cards ask only once the bond is known to exist: an unknown ISIN costs one request, not six.
  const latest = useTerrapinQuery(
    ops.pricingLatest as 'bond_pricing_latest',
    { isins: [isin] },
    {
      enabled: record !== undefined,
    },
  );
  const price = latest.data?.data[0] as Row | undefined;
  const referenceError = reference.error ? presentError(reference.error) : null;
  const limited =
    referenceError?.kind === 'rate-limit' ||
    (latest.error ? presentError(latest.error).kind === 'rate-limit' : false);
  // History ends at the latest price (a bond that stopped trading still gets a chart); today when there is none.
  const asOf = latest.isPending ? undefined : latestDate(price);

  if (!valid) {
    return (
      <main className="bond-page" id="main">
        <BondHeader universe={universe} isin={isin} record={undefined} loading={false} />
        <PageMessage>{parsed.ok ? `${isin} is not a valid ISIN.` : parsed.message}</PageMessage>
      </main>
    );
  }

  return (
    <main className="bond-page" id="main">
      <BondHeader universe={universe} isin={isin} record={record} loading={reference.isPending} />
      <RateLimitNotice limited={limited} />
      {referenceError && referenceError.kind !== 'rate-limit' ? (
        <ErrorPanel error={referenceError} onRetry={() => void reference.refetch()} />
      ) : reference.data && !record ? (
        <PageMessage>
          No such bond: {isin} is a valid ISIN, but it is not in the {universeLabels[universe].toLowerCase()}{' '}
          data. It may be in another universe: try the ISIN box on the screener.
        </PageMessage>
      ) : null}
      {record ? (
        <>
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
        </>
      ) : null}
    </main>
  );
}
