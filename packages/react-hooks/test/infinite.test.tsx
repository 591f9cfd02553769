// @vitest-environment jsdom
import { act, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useAgencySearchInfinite, useBondSearchInfinite, useMuniSearchInfinite } from '../src/index';
import { createFakeApi, SEARCH_UNIVERSE } from './support/fake-api';
import { renderTerrapinHook } from './support/render';

describe('infinite search hooks (limit/offset)', () => {
  it('pages with limit/offset and stops at total', async () => {
    const api = createFakeApi();
    // 'all': the test reads `data` only after paging; TanStack's tracked result would not re-render for it.
    const { result } = renderTerrapinHook(
      () => useBondSearchInfinite({ countries: ['Italy'], limit: 100 }, { notifyOnChangeProps: 'all' }),
      api.client,
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(3));
    expect(result.current.hasNextPage).toBe(false);

    const rows = result.current.data?.pages.flatMap((page) => page.data) ?? [];
    expect(rows).toHaveLength(SEARCH_UNIVERSE);
    expect(new Set(rows.map((row) => row.isin)).size).toBe(SEARCH_UNIVERSE);
    expect(result.current.data?.pageParams).toEqual([0, 100, 200]);
    expect(api.requests.map((r) => r.body)).toEqual([
      { countries: ['Italy'], limit: 100, offset: 0 },
      { countries: ['Italy'], limit: 100, offset: 100 },
      { countries: ['Italy'], limit: 100, offset: 200 },
    ]);
  });

  it('uses a default page size, starts at params.offset, and pages back to it', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(() => useMuniSearchInfinite({ offset: 200 }), api.client);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(api.requests[0]?.body).toEqual({ limit: 100, offset: 200 });
    expect(result.current.data?.pages[0]?.data).toHaveLength(50);
    expect(result.current.hasNextPage).toBe(false);
    expect(result.current.hasPreviousPage).toBe(true);
    await act(() => result.current.fetchPreviousPage());
    await waitFor(() => expect(result.current.data?.pageParams).toEqual([100, 200]));
  });

  it('has no next page for a count (limit 0) or an uncapped page (limit -1)', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(
      () => ({ count: useAgencySearchInfinite({ limit: 0 }), all: useMuniSearchInfinite({ limit: -1 }) }),
      api.client,
    );
    await waitFor(() => expect(result.current.count.isSuccess && result.current.all.isSuccess).toBe(true));
    expect(result.current.count.data?.pages[0]?.total).toBe(SEARCH_UNIVERSE);
    expect(result.current.count.hasNextPage).toBe(false);
    expect(result.current.all.data?.pages[0]?.data).toHaveLength(SEARCH_UNIVERSE);
    expect(result.current.all.hasNextPage).toBe(false);
  });
});
