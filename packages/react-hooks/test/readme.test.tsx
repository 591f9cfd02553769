// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generatedHookNames } from '../scripts/render-generated';
import { createFakeApi, exampleResponse } from './support/fake-api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('shows the quickstart exactly as test/readme/quickstart.tsx (which tsc compiles)', () => {
    const block = readme.match(/## Quickstart[\s\S]*?```tsx\n([\s\S]*?)```/)?.[1];
    expect(block).toBe(readFileSync(join(root, 'test/readme/quickstart.tsx'), 'utf8'));
  });

  it('the quickstart runs: search results, then a detail on click, with no key sent', async () => {
    vi.stubEnv('TERRAPIN_API_KEY', '');
    const api = createFakeApi();
    vi.stubGlobal('fetch', api.fetch);
    const { App } = await import('./readme/quickstart');
    render(<App />);
    expect(await screen.findByText('250 bonds')).toBeTruthy();
    const buttons = await screen.findAllByRole('button');
    expect(buttons).toHaveLength(20);
    fireEvent.click(buttons[0]!);
    const reference = exampleResponse('bond_reference').data[0]!;
    expect(
      await screen.findByText(
        `${reference.issuer_name}: ${reference.coupon}% due ${reference.maturity_date}`,
      ),
    ).toBeTruthy();
    expect(api.requests.map((r) => r.operation)).toEqual(['bond_search', 'bond_reference']);
    expect(api.requests.every((r) => r.authorization === null)).toBe(true);
    expect(api.requests[0]?.url).toBe(`${window.location.origin}/api/terrapin/api/v1/bond_search`);
  });

  it('names every generated hook (suspense twins are described once)', () => {
    for (const name of generatedHookNames().filter((n) => !n.endsWith('Suspense'))) {
      expect(readme, name).toContain(`\`${name}\``);
    }
  });
});
