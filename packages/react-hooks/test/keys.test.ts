import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import {
  bondReferenceOptions,
  bondSearchOptions,
  convertToIsinOptions,
  inflationFactorsOptions,
  muniReferenceOptions,
  muniSearchInfiniteOptions,
  muniSearchOptions,
  terrapinKeys,
  terrapinQueryOptions,
} from '../src/options/index';
import { createFakeApi, isin } from './support/fake-api';

describe('terrapinKeys', () => {
  it('gives equal keys for equal params whatever the key order, undefined members or ISIN case', () => {
    const a = terrapinKeys.query('bond_search', { countries: ['Italy'], coupon_min: 3, limit: 10 });
    const b = terrapinKeys.query('bond_search', {
      limit: 10,
      coupon_max: undefined,
      coupon_min: 3,
      countries: ['Italy'],
    });
    expect(b).toEqual(a);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(terrapinKeys.query('bond_reference', { isins: [` ${isin(1).toLowerCase()} `] })).toEqual(
      terrapinKeys.query('bond_reference', { isins: [isin(1)] }),
    );
  });

  it('keeps different params apart (ISIN order and values matter)', () => {
    const key = (isins: string[]) => JSON.stringify(terrapinKeys.query('bond_reference', { isins }));
    expect(key([isin(1), isin(2)])).not.toBe(key([isin(2), isin(1)]));
    expect(key([isin(1)])).not.toBe(key([isin(2)]));
  });

  it('is rooted at terrapin → universe → operation → params', () => {
    expect(terrapinKeys.all).toEqual(['terrapin']);
    expect(terrapinKeys.universe('munis')).toEqual(['terrapin', 'munis']);
    expect(terrapinKeys.operation('muni_reference')).toEqual(['terrapin', 'munis', 'muni_reference']);
    expect(terrapinKeys.query('agency_search', undefined)).toEqual([
      'terrapin',
      'agency',
      'agency_search',
      {},
    ]);
    expect(terrapinKeys.query('inflation_factors', { country: 'IT' })).toEqual([
      'terrapin',
      'general',
      'inflation_factors',
      { country: 'IT' },
    ]);
    expect(terrapinKeys.infinite('muni_search', { limit: 50 })).toEqual([
      'terrapin',
      'munis',
      'muni_search',
      { limit: 50 },
      'infinite',
    ]);
  });

  it('is the key of the option factories, generic and generated alike', () => {
    const api = createFakeApi();
    const params = { isins: [isin(1)] };
    expect(bondReferenceOptions(api.client, params).queryKey).toEqual(
      terrapinKeys.query('bond_reference', params),
    );
    expect(terrapinQueryOptions(api.client, 'bond_reference', params).queryKey).toEqual(
      bondReferenceOptions(api.client, params).queryKey,
    );
  });
});

describe('option factories without React', () => {
  it('prefetch into a QueryClient (SSR, route loaders) with retry off and the client signal wired', async () => {
    const api = createFakeApi();
    const queryClient = new QueryClient();
    const options = bondReferenceOptions(api.client, { isins: [isin(7)] });
    expect(options.retry).toBe(false);
    expect(options.enabled).toBe(true);
    const result = await queryClient.fetchQuery(options);
    expect(result.data[0]?.isin).toBe(isin(7));
    expect(queryClient.getQueryData(options.queryKey)?.data[0]?.isin).toBe(isin(7));
  });

  it('are disabled while required params are missing', () => {
    const api = createFakeApi();
    expect(bondReferenceOptions(api.client, { isins: [] }).enabled).toBe(false);
    expect(convertToIsinOptions(api.client, undefined).enabled).toBe(false);
    expect(muniSearchOptions(api.client, undefined).enabled).toBe(true);
  });

  it('invalidate a whole universe with one filter', async () => {
    const api = createFakeApi();
    const queryClient = new QueryClient();
    await Promise.all([
      queryClient.fetchQuery(bondSearchOptions(api.client, { limit: 1 })),
      queryClient.fetchQuery(muniSearchOptions(api.client, { limit: 1 })),
      queryClient.fetchQuery(muniReferenceOptions(api.client, { isins: [isin(3)] })),
      queryClient.fetchInfiniteQuery(muniSearchInfiniteOptions(api.client, { limit: 10 })),
      queryClient.fetchQuery(inflationFactorsOptions(api.client, { country: 'IT' })),
    ]);
    await queryClient.invalidateQueries(
      { queryKey: terrapinKeys.universe('munis') },
      { cancelRefetch: false },
    );
    const invalidated = queryClient
      .getQueryCache()
      .getAll()
      .map((q) => [q.queryKey[2], q.state.isInvalidated]);
    expect(invalidated).toEqual([
      ['bond_search', false],
      ['muni_search', true],
      ['muni_reference', true],
      ['muni_search', true],
      ['inflation_factors', false],
    ]);
  });
});
