// What the README fragments take as given (a client named `terrapin`, an Express `app`, names imported in an
// earlier block of the same README). Complete blocks declare their own names at module scope, which shadow these.
import type { QueryClient } from '@tanstack/react-query';
import type { TerrapinClient, TerrapinError } from '@terrapin/core';
import type { RedisStores } from '@terrapin/express-middleware/redis';
import type { Express } from 'express';

declare global {
  const terrapin: TerrapinClient;
  const queryClient: QueryClient;
  const app: Express;
  const stores: RedisStores;
  const isin: string;
  const isins: string[];
  const portfolioIsins: string[];
  const text: string;
  const row: { isin: string; file_id: string };
  const params: import('@terrapin/core').OperationParams<'bond_pricing_history'>;
  const options: Parameters<typeof import('@terrapin/react-hooks').useBondPricingHistory>[1];
  function save(rows: unknown[] | undefined): void;
  function retryLater(isins: string[]): void;
  function saveBlobAs(blob: Blob, name: string): void;
  const createTerrapinClient: typeof import('@terrapin/core').createTerrapinClient;
  const isTerrapinError: typeof import('@terrapin/core').isTerrapinError;
  const terrapinProxy: typeof import('@terrapin/express-middleware').terrapinProxy;
  const useTerrapin: typeof import('@terrapin/react-hooks').useTerrapin;
  const useTerrapinQuery: typeof import('@terrapin/react-hooks').useTerrapinQuery;
  const useMuniSearchInfinite: typeof import('@terrapin/react-hooks').useMuniSearchInfinite;
  const useDownloadDocument: typeof import('@terrapin/react-hooks').useDownloadDocument;
  const useBondPricingHistory: typeof import('@terrapin/react-hooks').useBondPricingHistory;
  const useSuspenseQuery: typeof import('@tanstack/react-query').useSuspenseQuery;
  type _UsedTypes = TerrapinError;
}
