import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { callOp, MOUNT, proxyApp, send } from './helpers/app';
import { useStubUpstream } from './helpers/stub-upstream';

const APPLE = 'US0378331005';
// Valid ISINs with check digits, for long lists.
const isinList = (n: number) => Array.from({ length: n }, () => APPLE);

describe('terrapinProxy: validation and caps before anything is spent', () => {
  const upstream = useStubUpstream();
  const app = () =>
    proxyApp(upstream.url, {
      allow: ['bond_reference', 'muni_search', 'muni_price_to_yield', 'convert_to_isin'],
    }).app;

  it('answers 422 with a JSON pointer for a bad ISIN check digit, and the upstream sees no request', async () => {
    const res = await callOp(app(), 'bond_reference', { isins: [APPLE, 'US912810TM06'] });
    expect(res.status).toBe(422);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ title: 'Invalid value', source: { pointer: '/isins/1' } });
    expect(upstream.requests).toEqual([]);
  });

  it('rejects unknown fields as the API does (strict), with a pointer', async () => {
    const res = await callOp(app(), 'bond_reference', { isins: [APPLE], include_secret: true });
    expect(res.status).toBe(422);
    expect(res.body.errors).toContainEqual(
      expect.objectContaining({ title: 'Unknown field', source: { pointer: '/include_secret' } }),
    );
    expect(upstream.requests).toEqual([]);
  });

  it('answers 422 for a missing required field', async () => {
    const res = await callOp(app(), 'bond_reference', {});
    expect(res.status).toBe(422);
    expect(res.body.errors[0].source).toEqual({ pointer: '/isins' });
  });

  it('caps ISINs per call (default 100) with a pointer to the list', async () => {
    const ok = await callOp(app(), 'bond_reference', { isins: isinList(100) });
    expect(ok.status).toBe(200);
    upstream.requests.length = 0;
    const res = await callOp(app(), 'bond_reference', { isins: isinList(101) });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({
      errors: [
        {
          title: 'Invalid value',
          detail: 'Expected at most 100 item(s) per call through this proxy, got 101; split the list',
          source: { pointer: '/isins' },
        },
      ],
    });
    expect(upstream.requests).toEqual([]);
  });

  it('applies the cap to CUSIP lists and to the top-level array of muni_price_to_yield', async () => {
    const { app: capped } = proxyApp(upstream.url, {
      allow: ['convert_to_isin', 'muni_price_to_yield'],
      maxIsinsPerRequest: 2,
    });
    const cusips = await callOp(capped, 'convert_to_isin', {
      identifiers: ['037833100', '594918104', '459200101'],
    });
    expect(cusips.status).toBe(422);
    expect(cusips.body.errors[0].source).toEqual({ pointer: '/identifiers' });
    const item = { isin: 'US0378331005', trade_data: [{ price: 100, settlement_date: '2026-01-02' }] };
    const array = await callOp(capped, 'muni_price_to_yield', [item, item, item]);
    expect(array.status).toBe(422);
    expect(array.body.errors[0].source).toEqual({ pointer: '' });
    expect(upstream.requests).toEqual([]);
  });

  it('refuses limit -1 and limits above 1000', async () => {
    const minus = await callOp(app(), 'muni_search', { limit: -1 });
    expect(minus.status).toBe(422);
    expect(minus.body.errors[0]).toMatchObject({ source: { pointer: '/limit' } });
    expect(minus.body.errors[0].detail).toContain('no cap');
    const big = await callOp(app(), 'muni_search', { limit: 1001 });
    expect(big.status).toBe(422);
    expect(big.body.errors[0].detail).toBe(
      "Must be less than or equal to 1000 (this proxy's cap); page with offset",
    );
    expect(upstream.requests).toEqual([]);
    expect((await callOp(app(), 'muni_search', { limit: 1000 })).status).toBe(200);
  });

  it('answers 413 in the envelope for a body over bodyLimit', async () => {
    const { app: small } = proxyApp(upstream.url, { allow: ['bond_reference'], bodyLimit: 200 });
    const res = await callOp(small, 'bond_reference', { isins: isinList(20) });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ errors: [{ detail: 'Request body too large for this proxy' }] });
    expect(upstream.requests).toEqual([]);
  });

  it('answers 400 in the envelope for a body that is not JSON', async () => {
    const res = await send(
      request(app())
        .post(`${MOUNT}/bond_reference`)
        .set('content-type', 'application/json')
        .send('{"isins": ['),
    );
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ detail: 'Request body is not valid JSON' }] });
    expect(upstream.requests).toEqual([]);
  });

  it('sends the normalised body (ISINs trimmed and upper-cased)', async () => {
    const res = await callOp(app(), 'bond_reference', { isins: [' us0378331005 '] });
    expect(res.status).toBe(200);
    expect(upstream.requests[0]?.body).toEqual({ isins: [APPLE] });
  });
});
