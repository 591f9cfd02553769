import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { FAULT_KINDS, type MockServer } from '../src/index';
import { post, startMock } from './helpers';

const BODY = { identifiers: ['037833100'] };
const fault = (mock: MockServer, kind: string) =>
  post(mock, 'convert_to_isin', BODY, { headers: { 'x-mock-fault': kind } });

describe('faults per request (x-mock-fault)', () => {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMock({ faults: { slowMs: 400, timeoutMs: 60_000 } });
  });
  afterAll(() => mock.close());

  test.each([
    ['500', 'Internal Server Error'],
    ['502', 'Bad Gateway'],
    ['503', 'Service Unavailable'],
    ['504', 'Gateway Timeout'],
    ['429', 'Too Many Requests'],
  ])('%s: that status with the error envelope', async (kind, detail) => {
    const reply = await fault(mock, kind);
    expect(reply.status).toBe(Number(kind));
    expect(reply.json).toEqual({ errors: [{ detail }] });
    expect(reply.headers.get('request-id')).toBeTruthy();
    expect(reply.headers.get('x-mock-fault')).toBe(kind);
    if (kind === '429') expect(reply.headers.get('retry-after')).toBe('1');
  });

  test('html-502: an HTML error page', async () => {
    const reply = await fault(mock, 'html-502');
    expect(reply.status).toBe(502);
    expect(reply.headers.get('content-type')).toMatch(/^text\/html/);
    expect(reply.text).toContain('<h1>502 Bad Gateway</h1>');
  });

  test('malformed-json: a 200 whose JSON is cut short', async () => {
    const reply = await fault(mock, 'malformed-json');
    expect(reply.status).toBe(200);
    expect(reply.headers.get('content-type')).toMatch(/^application\/json/);
    expect(() => JSON.parse(reply.text)).toThrow();
    expect(reply.text.startsWith('{"data":')).toBe(true);
  });

  test('empty: a 200 with no body', async () => {
    const reply = await fault(mock, 'empty');
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('');
    expect(reply.headers.get('content-length')).toBe('0');
  });

  test('slow: the normal answer, late', async () => {
    const started = performance.now();
    const reply = await fault(mock, 'slow');
    expect(performance.now() - started).toBeGreaterThanOrEqual(380);
    expect(reply.status).toBe(200);
  });

  test('reset: the connection drops without a response', async () => {
    await expect(fault(mock, 'reset')).rejects.toThrow();
  });

  test('unknown values are a 400 that lists the kinds; none means no fault', async () => {
    const reply = await fault(mock, 'explode');
    expect(reply.status).toBe(400);
    expect((reply.json as { errors: { detail: string }[] }).errors[0]?.detail).toContain(
      FAULT_KINDS.join(', '),
    );
    expect((await fault(mock, 'none')).status).toBe(200);
  });

  test('injectFault: the next requests fail without a header', async () => {
    mock.injectFault('503', 2);
    expect((await post(mock, 'convert_to_isin', BODY)).status).toBe(503);
    expect((await post(mock, 'convert_to_isin', BODY)).status).toBe(503);
    expect((await post(mock, 'convert_to_isin', BODY)).status).toBe(200);
    expect(mock.state.requests.at(-2)?.fault).toBe('503');
  });
});

describe('timeout fault', () => {
  test('holds the response past the client timeout and is released by close()', async () => {
    const mock = await startMock({ faults: { timeoutMs: 60_000 } });
    const aborted = post(mock, 'convert_to_isin', BODY, { headers: { 'x-mock-fault': 'timeout' } });
    const pending = fetch(`${mock.url}/api/v1/convert_to_isin`, {
      method: 'POST',
      headers: { authorization: 'Bearer tpk_test_terrapin_mock_key', 'x-mock-fault': 'timeout' },
      body: JSON.stringify(BODY),
      signal: AbortSignal.timeout(300),
    });
    await expect(pending).rejects.toThrow(/abort|timeout/i);
    const started = performance.now();
    await mock.close();
    expect(performance.now() - started).toBeLessThan(2000);
    await expect(aborted).rejects.toThrow();
  });
});

describe('faults at a seeded rate', () => {
  const servers: MockServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function statuses(mock: MockServer, count: number): Promise<number[]> {
    const out: number[] = [];
    for (let i = 0; i < count; i++) out.push((await post(mock, 'convert_to_isin', BODY)).status);
    return out;
  }

  test('the same seed gives the same sequence; another seed another; reset() restarts it', async () => {
    const options = {
      rateLimit: false as const,
      faults: { rate: 0.3, kinds: ['500', '502', '503'] as const, seed: 7 },
    };
    const a = await startMock(options);
    const b = await startMock(options);
    const c = await startMock({ ...options, faults: { ...options.faults, seed: 8 } });
    servers.push(a, b, c);
    const first = await statuses(a, 60);
    expect(await statuses(b, 60)).toEqual(first);
    expect(await statuses(c, 60)).not.toEqual(first);
    const failures = first.filter((s) => s !== 200).length;
    expect(failures).toBeGreaterThan(8);
    expect(failures).toBeLessThan(32);
    expect(new Set(first.filter((s) => s !== 200))).toEqual(new Set([500, 502, 503]));
    a.reset();
    expect(await statuses(a, 60)).toEqual(first);
  });

  test('a header wins for its request without shifting the sequence', async () => {
    const options = { rateLimit: false as const, faults: { rate: 0.5, kinds: ['500'] as const, seed: 3 } };
    const a = await startMock(options);
    const b = await startMock(options);
    servers.push(a, b);
    const plain = await statuses(a, 20);
    const mixed: number[] = [];
    for (let i = 0; i < 20; i++) mixed.push((await fault(b, i === 5 ? 'none' : i === 6 ? '502' : '')).status);
    expect(mixed.slice(0, 5)).toEqual(plain.slice(0, 5));
    expect(mixed[5]).toBe(200);
    expect(mixed[6]).toBe(502);
    expect(mixed.slice(7)).toEqual(plain.slice(7));
  });
});
