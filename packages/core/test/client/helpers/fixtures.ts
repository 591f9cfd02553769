import { isinCheckDigit } from '../../../src/identifiers/isin';
import { createTerrapinClient, type TerrapinClientOptions } from '../../../src/index';

/** The canary key: it must never appear in anything the SDK prints or hands out. */
export const CANARY = 'tpk_canary_9f8e7d6c5b4a';

/** `n` distinct valid US ISINs. */
export function makeIsins(n: number, start = 1): string[] {
  return Array.from({ length: n }, (_, i) => {
    const body = `US${String(start + i).padStart(9, '0')}`;
    return `${body}${isinCheckDigit(body)}`;
  });
}

/** A client aimed at a test server, with fast retries and no pacing unless asked. */
export function testClient(url: string, options: TerrapinClientOptions = {}) {
  return createTerrapinClient({
    apiKey: CANARY,
    baseUrl: url,
    retryBaseDelayMs: 1,
    pacing: false,
    logger: { warn: () => {} },
    ...options,
  });
}

/** Rows echoing the requested ISINs, as a reference endpoint would. */
export function rowsFor(body: unknown): Array<{ isin: string }> {
  const isins = (body as { isins?: string[] }).isins ?? [];
  return isins.map((isin) => ({ isin }));
}
