import { describe, expect, it } from 'vitest';
import { callOp, proxyApp } from './helpers/app';
import { useStubUpstream } from './helpers/stub-upstream';

const A = 'US0378331005';
const B = 'US5949181045';
const C = 'US4592001014';

describe('terrapinProxy: per-user rate and monthly ISIN budget', () => {
  const upstream = useStubUpstream();
  const identify = (req: { get(name: string): string | undefined }) => req.get('x-user');

  it('answers 429 with retry-after and rate-limit headers past the per-user rate; users are counted apart', async () => {
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      identify,
      userRateLimit: { limit: 2, windowMs: 60_000 },
      cache: false,
    });
    const alice = { 'x-user': 'alice' };
    expect((await callOp(app, 'bond_reference', { isins: [A] }, alice)).status).toBe(200);
    expect((await callOp(app, 'bond_reference', { isins: [A] }, alice)).status).toBe(200);
    const refused = await callOp(app, 'bond_reference', { isins: [A] }, alice);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(59);
    expect(refused.headers['ratelimit-policy']).toBe('2;w=60');
    expect(refused.headers.ratelimit).toMatch(/^limit=2, remaining=0, reset=\d+$/);
    expect(refused.body.errors[0].detail).toMatch(
      /^Too many requests: this server allows 2 requests per 60 s per user/,
    );
    expect((await callOp(app, 'bond_reference', { isins: [A] }, { 'x-user': 'bob' })).status).toBe(200);
    expect(upstream.requests).toHaveLength(3);
  });

  it('refuses a userRateLimit without a millisecond window at mount, naming the renamed field', () => {
    // A JavaScript app upgraded from `windowSeconds` must not get a NaN window that admits everyone.
    const legacy = { limit: 2, windowSeconds: 60 } as unknown as { limit: number; windowMs: number };
    expect(() =>
      proxyApp(upstream.url, { allow: ['bond_reference'], identify, userRateLimit: legacy }),
    ).toThrow(
      /userRateLimit must be \{ limit: positive integer, windowMs: milliseconds ≥ 1 \}.*windowSeconds was renamed windowMs/,
    );
  });

  it('counts even invalid requests against the rate (a user cannot hammer the validator for free)', async () => {
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      identify,
      userRateLimit: { limit: 1, windowMs: 60_000 },
    });
    expect((await callOp(app, 'bond_reference', { isins: ['bad'] }, { 'x-user': 'eve' })).status).toBe(422);
    expect((await callOp(app, 'bond_reference', { isins: [A] }, { 'x-user': 'eve' })).status).toBe(429);
  });

  it('answers 403 before spending when a call would take the user past the monthly budget; repeats are free', async () => {
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference', 'bond_pricing_history', 'bond_search'],
      identify,
      userMonthlyIsinBudget: 2,
      cache: false,
    });
    const carol = { 'x-user': 'carol' };
    expect((await callOp(app, 'bond_reference', { isins: [A, B] }, carol)).status).toBe(200);
    // Pulling the same ISINs again this month costs nothing (CONTRACT.md §5), in lists or one at a time.
    expect((await callOp(app, 'bond_reference', { isins: [B, A] }, carol)).status).toBe(200);
    const history = { isin: A, start_date: '2026-01-01', end_date: '2026-02-01' };
    expect((await callOp(app, 'bond_pricing_history', history, carol)).status).toBe(200);
    upstream.requests.length = 0;

    const refused = await callOp(app, 'bond_reference', { isins: [A, C] }, carol);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].detail).toMatch(
      /^Monthly ISIN quota for your account used up: 2 of 2 distinct ISINs pulled in \d{4}-\d{2} \(UTC\), this call would add 1$/,
    );
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(upstream.requests).toEqual([]);

    // Searches do not consume the data quota, and another user has their own budget.
    expect((await callOp(app, 'bond_search', { isins: [C] }, carol)).status).toBe(200);
    expect((await callOp(app, 'bond_reference', { isins: [C] }, { 'x-user': 'dave' })).status).toBe(200);
  });

  it('does not count ISINs of a failed call', async () => {
    upstream.handler = (req) =>
      req.operation === 'bond_reference' && JSON.stringify(req.body).includes(C)
        ? {
            status: 500,
            body: '{"errors":[{"detail":"boom"}]}',
            headers: { 'content-type': 'application/json' },
          }
        : undefined;
    try {
      const { app } = proxyApp(upstream.url, {
        allow: ['bond_reference'],
        identify,
        userMonthlyIsinBudget: 1,
        cache: false,
      });
      expect((await callOp(app, 'bond_reference', { isins: [C] }, { 'x-user': 'frank' })).status).toBe(502);
      expect((await callOp(app, 'bond_reference', { isins: [A] }, { 'x-user': 'frank' })).status).toBe(200);
    } finally {
      upstream.handler = null;
    }
  });

  it('identifies users by req.ip when no identify() is given', async () => {
    const { app } = proxyApp(upstream.url, {
      allow: ['bond_reference'],
      userRateLimit: { limit: 1, windowMs: 60_000 },
    });
    expect((await callOp(app, 'bond_reference', { isins: [A] })).status).toBe(200);
    expect((await callOp(app, 'bond_reference', { isins: [A] })).status).toBe(429);
  });
});
