// @vitest-environment jsdom
import { createTerrapinClient, TerrapinError } from '@terrapin/core';
import { waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useBondReference, useBondSearch } from '../src/index';
import { createFakeApi, isin, PROXY_URL } from './support/fake-api';
import { renderTerrapinHook } from './support/render';

describe('no key in the browser path', () => {
  beforeEach(() => {
    // A developer's shell may export a key; the browser path must not depend on it being absent.
    vi.stubEnv('TERRAPIN_API_KEY', '');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('a client built the browser way (baseUrl at the proxy, no key) sends no Authorization header', async () => {
    const api = createFakeApi();
    // Exactly the README's browser client, plus the injected fetch that records what leaves the page.
    const browserClient = createTerrapinClient({ baseUrl: PROXY_URL, fetch: api.fetch });
    const { result } = renderTerrapinHook(
      () => [useBondSearch({ limit: 1 }), useBondReference({ isins: [isin(1)] })],
      browserClient,
    );
    await waitFor(() => expect(result.current.every((q) => q.isSuccess)).toBe(true));
    expect(api.requests).toHaveLength(2);
    for (const request of api.requests) {
      expect(request.authorization).toBeNull();
      expect(request.url.startsWith(`${PROXY_URL}/`)).toBe(true);
    }
  });

  it('core refuses a key in a browser-like environment, so a key cannot slip into the bundle path', () => {
    expect(typeof window).toBe('object');
    expect(() => createTerrapinClient({ apiKey: 'tk_live_should_not_be_here', baseUrl: PROXY_URL })).toThrow(
      TerrapinError,
    );
  });
});
