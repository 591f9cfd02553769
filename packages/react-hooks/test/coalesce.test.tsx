// @vitest-environment jsdom
import { TerrapinPermissionDeniedError, TerrapinRequestValidationError } from '@terrapin/core';
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useBondPricingLatest, useBondReference } from '../src/index';
import { createFakeApi, isin, jsonResponse } from './support/fake-api';
import { renderTerrapinHook } from './support/render';

/** The `isins` of each request the fake API received. */
function isinsSent(api: ReturnType<typeof createFakeApi>): string[][] {
  return api.requests.map((request) => (request.body as { isins: string[] }).isins);
}

/** Renders one `useBondReference` per ISIN, as twenty sibling components would. */
function renderReferences(isins: string[], api: ReturnType<typeof createFakeApi>) {
  return renderTerrapinHook(() => isins.map((id) => useBondReference({ isins: [id] })), api.client);
}

describe('coalescing single-ISIN queries', () => {
  it('turns 20 single-ISIN useBondReference hooks into exactly 1 request, each hook getting its own row', async () => {
    const api = createFakeApi();
    const isins = Array.from({ length: 20 }, (_, i) => isin(i + 1));
    const { result } = renderReferences(isins, api);

    await waitFor(() => expect(result.current.every((q) => q.isSuccess)).toBe(true));
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.operation).toBe('bond_reference');
    expect(isinsSent(api)).toEqual([isins]);
    result.current.forEach((query, i) => {
      expect(query.data?.data.map((row) => row.isin)).toEqual([isins[i]]);
      expect(query.data?.total).toBe(1);
      expect(query.data?.requestId).toMatch(/^req-/);
    });
  });

  it('matches rows case-insensitively and shares one request among hooks asking for overlapping ISINs', async () => {
    const api = createFakeApi();
    const [a, b, c] = [isin(1), isin(2), isin(3)];
    const { result } = renderTerrapinHook(
      () => [
        useBondReference({ isins: [a.toLowerCase()] }),
        useBondReference({ isins: [a, b] }),
        useBondReference({ isins: [c] }),
      ],
      api.client,
    );
    await waitFor(() => expect(result.current.every((q) => q.isSuccess)).toBe(true));
    expect(api.requests).toHaveLength(1);
    expect(isinsSent(api)).toEqual([[a, b, c]]);
    expect(result.current.map((q) => q.data?.data.map((row) => row.isin))).toEqual([[a], [a, b], [c]]);
  });

  it('batches separately when the other params differ (as_of_date)', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(
      () => [
        useBondPricingLatest({ isins: [isin(1)] }),
        useBondPricingLatest({ isins: [isin(2)] }),
        useBondPricingLatest({ isins: [isin(3)], as_of_date: '2025-01-02' }),
        useBondPricingLatest({ isins: [isin(4)], as_of_date: '2025-01-02' }),
      ],
      api.client,
    );
    await waitFor(() => expect(result.current.every((q) => q.isSuccess)).toBe(true));
    expect(api.requests.map((r) => r.body)).toEqual([
      { isins: [isin(1), isin(2)] },
      { as_of_date: '2025-01-02', isins: [isin(3), isin(4)] },
    ]);
  });

  it('rejects an invalid ISIN on its own query without sinking the batch', async () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(
      () => [
        useBondReference({ isins: [isin(1)] }),
        useBondReference({ isins: ['US0000000001'] }),
        useBondReference({ isins: [isin(2)] }),
      ],
      api.client,
    );
    await waitFor(() => expect(result.current.every((q) => !q.isPending)).toBe(true));
    expect(api.requests).toHaveLength(1);
    expect(isinsSent(api)).toEqual([[isin(1), isin(2)]]);
    expect(result.current[0]?.isSuccess).toBe(true);
    expect(result.current[1]?.error).toBeInstanceOf(TerrapinRequestValidationError);
    expect(result.current[2]?.isSuccess).toBe(true);
  });

  it('when the merged request is refused for one ISIN (403), asks again per query so only that query fails', async () => {
    const outOfTier = isin(9);
    const api = createFakeApi({
      respond: (request) => {
        const isins = (request.body as { isins: string[] }).isins;
        if (!isins.includes(outOfTier)) return undefined;
        return jsonResponse({ errors: [{ detail: `ISIN ${outOfTier} is outside your tier` }] }, 403);
      },
    });
    const { result } = renderTerrapinHook(
      () => [useBondReference({ isins: [isin(1)] }), useBondReference({ isins: [outOfTier] })],
      api.client,
    );
    await waitFor(() => expect(result.current.every((q) => !q.isPending)).toBe(true));
    expect(result.current[0]?.data?.data.map((row) => row.isin)).toEqual([isin(1)]);
    expect(result.current[1]?.error).toBeInstanceOf(TerrapinPermissionDeniedError);
    expect(isinsSent(api)).toEqual([[isin(1), outOfTier], [isin(1)], [outOfTier]]);
  });

  it('keeps the shared request alive while any of its queries is still mounted', async () => {
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const api = createFakeApi({
      respond: async () => {
        await gate;
        return undefined;
      },
    });
    const first = renderTerrapinHook(() => useBondReference({ isins: [isin(1)] }), api.client);
    const second = renderTerrapinHook(() => useBondReference({ isins: [isin(2)] }), api.client, {
      queryClient: first.queryClient,
    });
    await waitFor(() => expect(api.requests).toHaveLength(1));
    first.unmount();
    expect(api.requests[0]?.signal.aborted).toBe(false);
    release?.();
    await waitFor(() => expect(second.result.current.isSuccess).toBe(true));
    expect(second.result.current.data?.data.map((row) => row.isin)).toEqual([isin(2)]);
  });
});
