// Against the real API, with TERRAPIN_API_KEY (run: pnpm --filter @terrapin/core test:live). The mock is the peer of
// every other test; these few calls check that the contract the mock and the schemas encode still matches the real
// service. Cost: 4 requests of the per-minute limit and 1 distinct ISIN of the monthly quota (one reference lookup).
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createTerrapinClient,
  type TerrapinClient,
  TerrapinRequestValidationError,
  TerrapinUnprocessableEntityError,
} from '../src/index';

const apiKey = process.env.TERRAPIN_API_KEY;

describe('the real Terrapin API', () => {
  let terrapin: TerrapinClient;
  beforeAll(() => {
    // Fail loudly rather than skip: this suite only exists to be run with a key.
    if (!apiKey) throw new Error('test:live needs TERRAPIN_API_KEY (and optionally TERRAPIN_BASE_URL)');
    terrapin = createTerrapinClient({ apiKey, validateResponses: 'throw' });
  });

  it('answers a bond search in the documented envelope, with rate-limit headers', async () => {
    const page = await terrapin.bonds.search({ countries: ['Italy'], limit: 2 });
    expect(page.data.length).toBeGreaterThan(0);
    expect(page.data.length).toBeLessThanOrEqual(2);
    expect(typeof page.total).toBe('number');
    expect(page.rateLimit?.limit).toBeGreaterThan(0);
  });

  it('returns reference data that our schema accepts for a searched ISIN', async () => {
    const { data } = await terrapin.bonds.search({ countries: ['Italy'], limit: 1 });
    const isin = data[0]?.isin;
    expect(isin).toMatch(/^[A-Z]{2}[A-Z0-9]{9}\d$/);
    const reference = await terrapin.bonds.reference({ isins: [isin as string] });
    expect(reference.data.map((row) => row.isin)).toEqual([isin]);
  });

  it('rejects an undocumented field with a 422 that points at it', async () => {
    const error = await terrapin
      .call('bond_search', { limit: 1, no_such_field: true } as unknown as { limit: number })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinUnprocessableEntityError);
    expect(
      (error as TerrapinUnprocessableEntityError).errors.some((e) => e.pointer?.includes('no_such_field')),
    ).toBe(true);
  });

  it('refuses a bad check digit locally, before spending a request', async () => {
    const error = await terrapin.bonds.reference({ isins: ['XS161068276X'] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TerrapinRequestValidationError);
  });
});
