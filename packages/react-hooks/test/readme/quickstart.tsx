import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTerrapinClient } from '@terrapin/core';
import { TerrapinProvider, useBondReference, useBondSearch } from '@terrapin/react-hooks';
import { useState } from 'react';

// In the browser: no API key, and baseUrl at your own proxy (terrapinProxy on your server holds the key).
const terrapin = createTerrapinClient({ baseUrl: `${window.location.origin}/api/terrapin` });
const queryClient = new QueryClient();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <TerrapinProvider client={terrapin}>
        <ItalianBonds />
      </TerrapinProvider>
    </QueryClientProvider>
  );
}

function ItalianBonds() {
  const [selected, setSelected] = useState<string>();
  const search = useBondSearch({ countries: ['Italy'], coupon_min: 3, limit: 20 });
  if (search.isPending) return <p>Searching…</p>;
  if (search.isError) return <p role="alert">{search.error.message}</p>;
  return (
    <>
      <p>{search.data.total} bonds</p>
      <ul>
        {search.data.data.map((bond) => (
          <li key={bond.isin}>
            <button type="button" onClick={() => setSelected(bond.isin)}>
              {bond.ticker ?? bond.isin}
            </button>
          </li>
        ))}
      </ul>
      {selected && <BondDetail isin={selected} />}
    </>
  );
}

function BondDetail({ isin }: { isin: string }) {
  const { data, error, isPending } = useBondReference({ isins: [isin] });
  if (isPending) return <p>Loading {isin}…</p>;
  if (error) return <p role="alert">{error.message}</p>;
  const bond = data.data[0];
  return (
    <p>
      {bond?.issuer_name}: {bond?.coupon}% due {bond?.maturity_date}
    </p>
  );
}
