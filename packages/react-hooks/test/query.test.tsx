// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import {
  TerrapinError,
  TerrapinNotFoundError,
  TerrapinServerError,
  TerrapinUnprocessableEntityError,
} from '@terrapin/core';
import { waitFor } from '@testing-library/react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  useBondReference,
  useBondSearch,
  useMuniDocuments,
  useMuniPriceToYield,
  useTerrapinQuery,
} from '../src/index';
import { createFakeApi, exampleResponse, isin, jsonResponse } from './support/fake-api';
import { renderTerrapinHook } from './support/render';

describe('query hooks: data, loading and errors', () => {
  it('a search hook goes from pending to the rows the API sent', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(
      () => useBondSearch({ countries: ['Italy'], limit: 3 }),
      api.client,
    );
    expect(result.current.isPending).toBe(true);
    expect(result.current.fetchStatus).toBe('fetching');
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.data).toHaveLength(3);
    expect(result.current.data?.total).toBe(250);
    expect(result.current.data?.rateLimit?.remaining).toBe(99);
    expect(api.requests.map((r) => [r.operation, r.body])).toEqual([
      ['bond_search', { countries: ['Italy'], limit: 3 }],
    ]);
    expectTypeOf(result.current.data!.data[0]!.isin).toEqualTypeOf<string>();
  });

  it('a detail hook returns the documented record', async () => {
    const api = createFakeApi();
    const id = isin(42);
    const { result } = renderTerrapinHook(() => useBondReference({ isins: [id] }), api.client);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const row = result.current.data?.data[0];
    expect(row?.isin).toBe(id);
    expect(row?.coupon).toBe(exampleResponse('bond_reference').data[0]?.coupon);
  });

  it('operations with a top-level array body and with enums work through useTerrapinQuery and generated hooks', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(
      () => ({
        docs: useMuniDocuments({ isin: 'US005824LP01', document_type: 'official_statement' }),
        ytm: useMuniPriceToYield([
          { isin: 'US005824LP01', trade_data: [{ price: 101.78, settlement_date: '2025-01-01' }] },
        ]),
        factors: useTerrapinQuery('inflation_factors', { country: 'IT' }),
      }),
      api.client,
    );
    await waitFor(() => expect(Object.values(result.current).every((q) => q.isSuccess)).toBe(true));
    expect(api.requests.map((r) => r.operation).sort()).toEqual([
      'inflation_factors',
      'muni_documents',
      'muni_price_to_yield',
    ]);
    expect(result.current.factors.data?.data).toEqual(exampleResponse('inflation_factors').data);
  });

  it('shares one cache entry (and one request) between components passing equal params in any key order', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(
      () => [
        useBondSearch({ countries: ['Italy'], limit: 3 }),
        useBondSearch({ limit: 3, coupon_min: undefined, countries: ['Italy'] }),
      ],
      api.client,
    );
    await waitFor(() => expect(result.current.every((q) => q.isSuccess)).toBe(true));
    expect(api.requests).toHaveLength(1);
    expect(result.current[0]?.data).toBe(result.current[1]?.data);
  });

  it('supports select (the hook is generic in its data)', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(
      () => useBondSearch({ limit: 2 }, { select: (page) => page.data.map((row) => row.isin) }),
      api.client,
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expectTypeOf(result.current.data).toEqualTypeOf<string[] | undefined>();
    expect(result.current.data).toEqual([isin(10_000), isin(10_001)]);
  });

  it('surfaces API failures as typed TerrapinError instances (404, 422)', async () => {
    const api = createFakeApi({
      respond: (request) =>
        request.operation === 'bond_reference'
          ? jsonResponse({ errors: [{ detail: 'ISIN not found' }] }, 404)
          : jsonResponse(
              {
                errors: [
                  {
                    title: 'Invalid value',
                    detail: 'Invalid string. Got: integer',
                    source: { pointer: '/countries/0' },
                  },
                ],
              },
              422,
            ),
    });
    const { result } = renderTerrapinHook(
      () => ({
        reference: useBondReference({ isins: [isin(1)] }),
        search: useBondSearch({ countries: ['Italy'] }),
      }),
      api.client,
    );
    await waitFor(() => expect(result.current.reference.isError && result.current.search.isError).toBe(true));
    const notFound = result.current.reference.error;
    expect(notFound).toBeInstanceOf(TerrapinNotFoundError);
    expect(notFound).toBeInstanceOf(TerrapinError);
    expect(notFound?.message).toContain('ISIN not found');
    const invalid = result.current.search.error;
    expect(invalid).toBeInstanceOf(TerrapinUnprocessableEntityError);
    expect((invalid as TerrapinUnprocessableEntityError).errors[0]?.pointer).toBe('/countries/0');
    expectTypeOf(result.current.search.error).toEqualTypeOf<TerrapinError | null>();
  });

  it('does not retry on top of core, even when the QueryClient default would', async () => {
    const api = createFakeApi({ respond: () => jsonResponse({ errors: [{ detail: 'boom' }] }, 500) });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 0 } } });
    const { result } = renderTerrapinHook(() => useBondSearch({ limit: 1 }), api.client, { queryClient });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(TerrapinServerError);
    expect(result.current.failureCount).toBe(1);
    // maxRetries: 0 on this client, so the single fetch is the single attempt.
    expect(api.requests).toHaveLength(1);
  });

  it('lets the caller opt back into TanStack retries', async () => {
    const api = createFakeApi({ respond: () => jsonResponse({ errors: [{ detail: 'boom' }] }, 500) });
    const { result } = renderTerrapinHook(
      () => useBondSearch({ limit: 1 }, { retry: 1, retryDelay: 0 }),
      api.client,
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(api.requests).toHaveLength(2);
  });
});
