// @vitest-environment jsdom
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBondReference, useBondSearch } from '../src/index';
import { createFakeApi, isin, type Responder } from './support/fake-api';
import { renderTerrapinHook } from './support/render';

/** Never answers; rejects when the request's signal aborts, as a real fetch does. */
const hang: Responder = (request) =>
  new Promise<Response>((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  }) as unknown as Response;

describe('abort on unmount', () => {
  it('aborts the in-flight request when the last component using the query unmounts', async () => {
    const api = createFakeApi({ respond: hang });
    const { unmount, queryClient } = renderTerrapinHook(
      () => useBondSearch({ countries: ['Italy'] }),
      api.client,
    );
    await waitFor(() => expect(api.requests).toHaveLength(1));
    const signal = api.requests[0]!.signal;
    expect(signal.aborted).toBe(false);
    unmount();
    await waitFor(() => expect(signal.aborted).toBe(true));
    // TanStack reverts the cancelled query instead of storing an error.
    expect(
      queryClient.getQueryState(['terrapin', 'bonds', 'bond_search', { countries: ['Italy'] }])?.status,
    ).toBe('pending');
  });

  it('aborts a coalesced request once every query that shares it has unmounted', async () => {
    const api = createFakeApi({ respond: hang });
    const { unmount } = renderTerrapinHook(
      () => [useBondReference({ isins: [isin(1)] }), useBondReference({ isins: [isin(2)] })],
      api.client,
    );
    await waitFor(() => expect(api.requests).toHaveLength(1));
    unmount();
    await waitFor(() => expect(api.requests[0]!.signal.aborted).toBe(true));
  });
});
