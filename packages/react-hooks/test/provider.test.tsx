// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useBondSearch, useTerrapin } from '../src/index';
import { createFakeApi } from './support/fake-api';
import { createQueryClient, renderTerrapinHook } from './support/render';

describe('TerrapinProvider and useTerrapin', () => {
  it('gives hooks the provider client', () => {
    const api = createFakeApi();
    const { result } = renderTerrapinHook(() => useTerrapin(), api.client);
    expect(result.current).toBe(api.client);
  });

  it('outside the provider, throws a message that says how to fix it, with a 3-line example', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const queryClient = createQueryClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    );
    let message = '';
    try {
      renderHook(() => useBondSearch({}), { wrapper });
    } catch (error) {
      message = (error as Error).message;
    }
    consoleError.mockRestore();
    expect(message).toMatch(/^useTerrapin\(\) found no Terrapin client: .*<TerrapinProvider>/);
    const example = message.split('\n\n')[1]?.split('\n') ?? [];
    expect(example).toEqual([
      "  import { TerrapinProvider } from '@terrapin/react-hooks';",
      "  const terrapin = createTerrapinClient({ baseUrl: 'https://app.example.com/api/terrapin' });",
      '  <TerrapinProvider client={terrapin}><App /></TerrapinProvider>',
    ]);
  });
});
