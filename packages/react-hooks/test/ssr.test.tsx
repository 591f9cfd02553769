// @vitest-environment jsdom
import { dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { useBondReference } from '../src/index';
import { bondReferenceOptions } from '../src/options/index';
import { createFakeApi, isin } from './support/fake-api';
import { createQueryClient, renderTerrapinHook } from './support/render';

describe('server prefetch → browser hydration', () => {
  it('a hook renders prefetched data from the option factory without a second request', async () => {
    const server = createFakeApi();
    const serverQueryClient = new QueryClient();
    await serverQueryClient.prefetchQuery(bondReferenceOptions(server.client, { isins: [isin(11)] }));
    const state = JSON.parse(JSON.stringify(dehydrate(serverQueryClient)));

    const browser = createFakeApi();
    const queryClient = createQueryClient();
    hydrate(queryClient, state);
    const { result } = renderTerrapinHook(
      () => useBondReference({ isins: [isin(11)] }, { staleTime: 60_000 }),
      browser.client,
      { queryClient },
    );
    expect(result.current.isSuccess).toBe(true);
    expect(result.current.data?.data[0]?.isin).toBe(isin(11));
    expect(server.requests).toHaveLength(1);
    expect(browser.requests).toHaveLength(0);
  });

  it('the key names the data, not the client: two client objects build the same key for equal params', () => {
    const server = createFakeApi();
    const browser = createFakeApi();
    const params = { isins: [isin(12).toLowerCase(), isin(11)] };
    const fromServer = bondReferenceOptions(server.client, params).queryKey;
    const fromBrowser = bondReferenceOptions(browser.client, { isins: [isin(12), isin(11)] }).queryKey;
    expect(fromBrowser).toEqual(fromServer);
    expect(JSON.stringify(fromServer)).not.toContain('client');
  });
});
