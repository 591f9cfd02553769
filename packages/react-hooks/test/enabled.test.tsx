// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  useBondPricingHistory,
  useBondReference,
  useMuniEntitySearch,
  useMuniPriceToYield,
  useMuniSearch,
} from '../src/index';
import { createFakeApi, isin } from './support/fake-api';
import { renderTerrapinHook } from './support/render';

describe('enabled while required params are missing', () => {
  it('stays idle, sending nothing, while a required field is undefined, null, blank or empty', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(
      () => [
        useBondReference({ isins: [] }),
        useBondReference({ isins: undefined }),
        useBondReference(undefined),
        useBondPricingHistory({ isin: isin(1), start_date: '2025-01-01', end_date: undefined }),
        useMuniEntitySearch({ search_query: '  ' }),
        useMuniPriceToYield([]),
      ],
      api.client,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    for (const query of result.current) {
      expect(query.fetchStatus).toBe('idle');
      expect(query.isPending).toBe(true);
    }
    expect(api.requests).toHaveLength(0);
  });

  it('starts as soon as the params are complete', async () => {
    const api = createFakeApi();
    const { result, rerender } = renderTerrapinHook(
      ({ id }: { id: string | undefined }) =>
        useBondPricingHistory({ isin: id, start_date: '2025-01-01', end_date: '2025-02-01' }),
      api.client,
      { initialProps: { id: undefined as string | undefined } },
    );
    expect(result.current.fetchStatus).toBe('idle');
    rerender({ id: isin(1) });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(api.requests).toHaveLength(1);
  });

  it('runs operations without required fields with no params at all, and ANDs a caller-supplied enabled', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(
      () => ({ all: useMuniSearch(undefined), off: useMuniSearch({ states: ['TX'] }, { enabled: false }) }),
      api.client,
    );
    await waitFor(() => expect(result.current.all.isSuccess).toBe(true));
    expect(result.current.off.fetchStatus).toBe('idle');
    expect(api.requests.map((r) => r.body)).toEqual([{}]);
  });
});
