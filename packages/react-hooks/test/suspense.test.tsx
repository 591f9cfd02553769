// @vitest-environment jsdom
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { TerrapinError, TerrapinNotFoundError } from '@terrapin/core';
import { render, screen } from '@testing-library/react';
import { Component, type ReactNode, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useBondReferenceSuspense, useBondSearchSuspense, useTerrapinSuspenseQuery } from '../src/index';
import { createFakeApi, isin, jsonResponse } from './support/fake-api';
import { createQueryClient, TestProviders } from './support/render';

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error) {
      return (
        <p>
          failed: {error instanceof TerrapinNotFoundError ? `not found (${error.status})` : String(error)}
        </p>
      );
    }
    return this.props.children;
  }
}

function Reference({ id }: { id: string }) {
  const { data } = useBondReferenceSuspense({ isins: [id] });
  return <p>reference {data.data[0]?.isin}</p>;
}

function Count() {
  const { data } = useBondSearchSuspense({ limit: 0 });
  const { data: isins } = useTerrapinSuspenseQuery(
    'bond_search',
    { limit: 2 },
    { select: (page) => page.data.map((row) => row.isin).join(',') },
  );
  return (
    <p>
      total {data.total} first {isins}
    </p>
  );
}

function renderApp(ui: ReactNode, api: ReturnType<typeof createFakeApi>) {
  return render(
    <TestProviders client={api.client} queryClient={createQueryClient()}>
      <QueryErrorResetBoundary>
        <Boundary>
          <Suspense fallback={<p>loading</p>}>{ui}</Suspense>
        </Boundary>
      </QueryErrorResetBoundary>
    </TestProviders>,
  );
}

describe('suspense hooks', () => {
  it('suspend until data arrives, then render it (data always defined)', async () => {
    const api = createFakeApi();
    renderApp(
      <>
        <Reference id={isin(5)} />
        <Count />
      </>,
      api,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText(`reference ${isin(5)}`)).toBeTruthy();
    expect(await screen.findByText(`total 250 first ${isin(10_000)},${isin(10_001)}`)).toBeTruthy();
  });

  it('throw typed errors to the error boundary', async () => {
    // React logs errors caught by a boundary; keep the output clean.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const api = createFakeApi({ respond: () => jsonResponse({ errors: [{ detail: 'Unknown ISIN' }] }, 404) });
    renderApp(<Reference id={isin(6)} />, api);
    expect(await screen.findByText('failed: not found (404)')).toBeTruthy();
    consoleError.mockRestore();
    expect(TerrapinError).toBeDefined();
  });
});
