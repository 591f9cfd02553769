import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MockServer } from '../src/index';
import { post, startMock } from './helpers';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMock({ rateLimit: false, quota: false });
});
afterAll(() => mock.close());

test('200 concurrent requests across operations all succeed', async () => {
  const bodies: [string, unknown][] = [
    ['bond_search', { countries: ['Germany'], limit: 20 }],
    ['bond_reference', { isins: ['XS2724510792', 'XS1610682764'] }],
    ['bond_pricing_history', { isin: 'XS2724510792', start_date: '2024-01-01', end_date: '2025-12-31' }],
    ['muni_search', { states: ['CA'], limit: 50 }],
    ['muni_pricing_daily_history', { trade_date: '2025-07-01' }],
    ['muni_reference', { isins: ['US005824LP01'] }],
    ['agency_search', { limit: 100 }],
    ['download_document', { file_id: 'ROaomzq-lhfQ-LMSd8Zvow.pdf' }],
  ];
  const replies = await Promise.all(
    Array.from({ length: 200 }, (_, i) => {
      const [name, body] = bodies[i % bodies.length]!;
      return post(mock, name, body);
    }),
  );
  expect(replies.map((r) => r.status)).toEqual(Array(200).fill(200));
  expect(new Set(replies.map((r) => r.headers.get('request-id'))).size).toBe(200);
  expect(mock.state.requestCount).toBe(200);
});
