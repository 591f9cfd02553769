import { inspect } from 'node:util';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import {
  type AnyOperation,
  createTerrapinClient,
  type OperationItem,
  type OperationParams,
  operations,
  type TerrapinClient,
  type TerrapinCsvResult,
  type TerrapinDocument,
  TerrapinError,
  type TerrapinResult,
} from '../../src/index';
import { CANARY } from './helpers/fixtures';

const table = Object.values(operations) as unknown as AnyOperation[];

function methodsOf(client: TerrapinClient): string[] {
  const names: string[] = [];
  for (const [key, value] of Object.entries(client)) {
    if (typeof value === 'function' && key !== 'call' && key !== 'withOptions') names.push(key);
    if (['bonds', 'agency', 'munis'].includes(key)) {
      for (const [method, fn] of Object.entries(value as object)) {
        if (typeof fn === 'function' && method !== 'searchAll') names.push(`${key}.${method}`);
      }
    }
  }
  return names.sort();
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
});

describe('generated client shape', () => {
  const client = createTerrapinClient({ apiKey: CANARY });

  it('has exactly one method per operation of the table (26)', () => {
    const expected = table.map((op) => (op.namespace ? `${op.namespace}.${op.method}` : op.method)).sort();
    expect(expected).toHaveLength(26);
    expect(methodsOf(client)).toEqual(expected);
  });

  it('adds call, searchAll on each search namespace, quota, rateLimit and withOptions', () => {
    expect(typeof client.call).toBe('function');
    expect(typeof client.bonds.searchAll).toBe('function');
    expect(typeof client.agency.searchAll).toBe('function');
    expect(typeof client.munis.searchAll).toBe('function');
    expect(table.filter((op) => op.paginated).map((op) => op.name)).toEqual([
      'bond_search',
      'agency_search',
      'muni_search',
    ]);
    expect(client.rateLimit).toBeNull();
    expect(typeof client.quota.estimate).toBe('function');
    expect(typeof client.withOptions).toBe('function');
  });

  it('derives method names like the table does (the types rely on it)', () => {
    const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    for (const op of table) {
      const match = /^(bond|agency|muni)_(.+)$/.exec(op.name);
      const namespace = match ? { bond: 'bonds', agency: 'agency', muni: 'munis' }[match[1]!] : null;
      expect({ namespace: op.namespace, method: op.method }).toEqual({
        namespace,
        method: camel(match ? match[2]! : op.name),
      });
    }
  });

  it('types every method from the table', () => {
    // Never called: checked by tsc only.
    const typed = async () => {
      expectTypeOf(await client.bonds.reference({ isins: [] })).toEqualTypeOf<
        TerrapinResult<'bond_reference'>
      >();
      expectTypeOf(await client.downloadDocument({ file_id: 'x' })).toEqualTypeOf<TerrapinDocument>();
      expectTypeOf(await client.call('agency_cashflows', { isins: [] })).toEqualTypeOf<
        TerrapinResult<'agency_cashflows'>
      >();
      expectTypeOf(
        await client.munis.reference({ isins: [] }, { accept: 'csv' }),
      ).toEqualTypeOf<TerrapinCsvResult>();
      expectTypeOf(await client.munis.search()).toEqualTypeOf<TerrapinResult<'muni_search'>>();
      const params: OperationParams<'muni_stats_top_issuers'> = {
        start_date: '2026-01-01',
        end_date: '2026-02-01',
      };
      await client.munis.statsTopIssuers(params);
      // @ts-expect-error: required params
      await client.bonds.reference();
      // @ts-expect-error: not an operation of the bonds universe
      await client.bonds.entitySearch({ search_query: 'x' });
    };
    expect(typeof typed).toBe('function');
    expectTypeOf(client.munis.searchAll).returns.toEqualTypeOf<
      AsyncGenerator<OperationItem<'muni_search'>, void, undefined>
    >();
  });

  it('shows a redacted summary in util.inspect and JSON', () => {
    expect(inspect(client, { depth: 10 })).toContain("apiKey: '[REDACTED]'");
    expect(inspect(client, { depth: 10 })).not.toContain(CANARY);
    expect(JSON.stringify(client)).not.toContain(CANARY);
  });
});

describe('client options', () => {
  it('reads the key and base URL from the environment', async () => {
    vi.stubEnv('TERRAPIN_API_KEY', CANARY);
    vi.stubEnv('TERRAPIN_BASE_URL', 'http://127.0.0.1:9/');
    const client = createTerrapinClient();
    expect(inspect(client)).toContain("baseUrl: 'http://127.0.0.1:9'");
  });

  it('without a key (and no baseUrl) says both ways to give one', () => {
    vi.stubEnv('TERRAPIN_API_KEY', '');
    vi.stubEnv('TERRAPIN_BASE_URL', '');
    expect(() => createTerrapinClient()).toThrow(TerrapinError);
    expect(() => createTerrapinClient()).toThrow(/Pass `apiKey` to createTerrapinClient.*TERRAPIN_API_KEY/);
  });

  it('allows no key when a baseUrl (the app’s own proxy) is given', () => {
    vi.stubEnv('TERRAPIN_API_KEY', '');
    expect(() => createTerrapinClient({ baseUrl: 'https://app.example/api/terrapin' })).not.toThrow();
  });

  it('refuses a key in a browser unless dangerouslyAllowBrowser', () => {
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    expect(() => createTerrapinClient({ apiKey: CANARY })).toThrow(/browser-like environment/);
    expect(() => createTerrapinClient({ apiKey: CANARY, dangerouslyAllowBrowser: true })).not.toThrow();
    expect(() => createTerrapinClient({ baseUrl: 'https://app.example/proxy' })).not.toThrow();
    try {
      createTerrapinClient({ apiKey: CANARY });
    } catch (error) {
      expect(String(error)).not.toContain(CANARY);
    }
  });

  it('resolves a path baseUrl against the page origin in a browser, and sends no Authorization', async () => {
    vi.stubEnv('TERRAPIN_API_KEY', '');
    vi.stubGlobal('window', {});
    vi.stubGlobal('document', {});
    vi.stubGlobal('location', { origin: 'https://screener.example' });
    const seen: Request[] = [];
    const client = createTerrapinClient({
      baseUrl: '/api/terrapin',
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        return Response.json({ data: [], total: 0 });
      },
    });
    await client.bonds.search({ countries: ['Italy'], limit: 0 });
    expect(seen[0]?.url).toBe('https://screener.example/api/terrapin/api/v1/bond_search');
    expect(seen[0]?.headers.get('authorization')).toBeNull();
  });

  it('rejects nonsense options with a clear message', () => {
    expect(() => createTerrapinClient({ apiKey: CANARY, timeout: -1 })).toThrow(/`timeout` must be a number/);
    expect(() => createTerrapinClient({ apiKey: CANARY, baseUrl: 'not a url' })).toThrow(/absolute URL/);
  });
});
